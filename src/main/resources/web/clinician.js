// The clinician's patient list: adherence, last session and why a patient needs attention.
'use strict';
(async () => {
  const {el, $} = P;
  try {
    await P.header();
    const rows = await P.json('/api/clinician/overview');
    if (rows.length === 0) {
      $('list').replaceChildren(el('p', {}, 'No patients are assigned to you yet.'));
      return;
    }
    const body = rows.map((p) => el('tr', {'data-patient': p.id},
      el('td', {}, el('a', {href: '/clinician/patient?id=' + encodeURIComponent(p.id)}, p.name),
        el('br'), el('small', {}, p.prescription)),
      el('td', {class: 'num'}, p.sessionsDone + ' of ' + p.sessionsPrescribed,
        el('br'), el('small', {}, p.adherencePercent === null ? '' : p.adherencePercent + '%')),
      el('td', {}, P.day(p.lastSession), el('br'), el('small', {}, P.time(p.lastSession))),
      el('td', {class: 'attention'}, p.attention.length === 0
        ? el('span', {class: 'calm'}, 'nothing to check')
        : el('ul', {class: 'attention'}, ...p.attention.map((a) => el('li', {}, a))))));
    $('list').replaceChildren(el('table', {id: 'patients'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Patient'), el('th', {class: 'num'}, 'Sessions (4 weeks)'),
        el('th', {}, 'Last session'), el('th', {}, 'Needs attention'))),
      el('tbody', {}, ...body)));
  } catch (e) {
    P.fail('list', e);
  }
})();
