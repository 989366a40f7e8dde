// The clinician's patient list: adherence, last session and why a patient needs attention.
'use strict';
(async () => {
  const {el, $, t} = P;
  P.words();
  try {
    await P.header();
    const rows = await P.json('/api/clinician/overview');
    if (rows.length === 0) {
      $('list').replaceChildren(el('p', {}, t('noPatients')));
      return;
    }
    const body = rows.map((p) => el('tr', {'data-patient': p.id},
      el('td', {}, el('a', {href: '/clinician/patient?id=' + encodeURIComponent(p.id)}, p.name),
        el('br'), el('small', {}, I18N.reason(p.prescription))),
      el('td', {class: 'num'}, t('ofN', p.sessionsDone, p.sessionsPrescribed),
        el('br'), el('small', {}, p.adherencePercent === null ? '' : p.adherencePercent + ' %')),
      el('td', {}, P.day(p.lastSession), el('br'), el('small', {}, P.time(p.lastSession))),
      el('td', {class: 'attention'}, p.attention.length === 0
        ? el('span', {class: 'calm'}, t('nothingToCheck'))
        : el('ul', {class: 'attention'}, ...p.attention.map((a) => el('li', {}, I18N.reason(a)))))));
    $('list').replaceChildren(el('table', {id: 'patients'},
      el('thead', {}, el('tr', {}, el('th', {}, t('colPatient')), el('th', {class: 'num'}, t('colSessions4w')),
        el('th', {}, t('colLast')), el('th', {}, t('colAttention')))),
      el('tbody', {}, ...body)));
  } catch (e) {
    P.fail('list', e);
  }
})();
