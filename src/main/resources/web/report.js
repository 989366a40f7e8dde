// A session report: every rep's phase times against the prescription (coloured), its flags in
// plain words, the sets, the day's pain and the progression decision with its reasons.
'use strict';
const q = new URLSearchParams(location.search);
const patient = q.get('patient');
const {el, t} = P;
const s1 = (ms) => I18N.number(Math.round(ms / 100) / 10) + ' s';
const WORDS = {ok: 'onTarget', short: 'tooShort', long: 'tooLong'};
const painKind = (k) => t('painKind' + k);
// a rep's flags in the chosen language (by name; the server's English words if it sent none)
const flagWords = (r) => (r.flags ? r.flags.map(I18N.flag) : r.reasons);

// a phase the insole cannot time (not seen on this layout, too little movement) shows no time:
// the analysis disowns it, and a number would look like a measurement; the cell says why
const untimedCell = (why) => el('td', {class: 'num unsure', title: I18N.doubts([why])}, '–');

function phase(r, key, target) {
  const why = RepCurves.untimed(r, key);
  if (why) return untimedCell(why);
  return el('td', {class: 'num ' + r[key], title: t('targetIs', t(WORDS[r[key]]), s1(target))},
    s1(r[key + 'Millis']));
}

// the rep's range, unless the insole saw too little movement to measure it
function range(r) {
  const why = RepCurves.untimed(r, 'range');
  if (why) return untimedCell(why);
  return el('td', {class: 'num'}, r.rangePercent === null ? '–' : r.rangePercent + ' %');
}

// how many of the counted reps the insole could not fully judge; nothing when none
function unsureCount(rows) {
  const n = rows.filter((r) => r.uncertain).length;
  return n === 0 ? [] : [el('div', {}, el('b', {id: 'uncertain-count'}, n), t('uncertainLabel'))];
}

function render(s) {
  const rx = s.prescription;
  P.$('title').textContent = t('sessionOf', P.day(s.start), P.time(s.start));
  const summary = el('div', {class: 'card summary'},
    el('div', {}, el('b', {id: 'valid-count'}, s.validReps + ' / ' + s.reps), t('validAll')),
    ...unsureCount(s.repRows),
    el('div', {}, el('b', {}, s.sets.length), t('setsWord')),
    el('div', {}, el('b', {}, s1(rx.upMillis) + ' · ' + s1(rx.holdMillis) + ' · ' + s1(rx.downMillis)),
      t('targetPhases', Math.round(rx.tolerance * 100))),
    el('div', {class: 'rx'}, el('b', {}, I18N.reason(rx.label)), t('rxInForce')));
  const flags = s.flagCodeCounts ? Object.entries(s.flagCodeCounts).map(([f, n]) => [I18N.flag(f), n])
    : Object.entries(s.flagCounts);
  const flagList = flags.length === 0 ? el('p', {class: 'calm'}, t('everyRepCounted'))
    : el('ul', {id: 'flags'}, ...flags.map(([w, n]) => el('li', {}, n > 1 ? t('repsN', w, n) : t('repN1', w))));
  const sets = el('table', {id: 'sets'}, el('thead', {}, el('tr', {}, ...['colSet', 'colValidAllShort',
    'colTension', 'colTempoKept', 'colTempoError', 'colLoadSignal'].map((h) => el('th', {}, t(h))))),
  el('tbody', {}, ...s.sets.map((x) => el('tr', {}, el('td', {}, x.set),
    el('td', {class: 'num'}, x.validReps + ' / ' + x.reps), el('td', {class: 'num'}, s1(x.timeUnderTensionMillis)),
    el('td', {class: 'num'}, x.tempoAdherencePercent === null ? '–' : x.tempoAdherencePercent + ' %'),
    el('td', {class: 'num'}, x.meanAbsTempoErrorMillis === null ? '–' : x.meanAbsTempoErrorMillis + ' ms'),
    el('td', {}, t('rm' + x.rmSignal))))));
  const reps = el('table', {id: 'reps'}, el('thead', {}, el('tr', {}, ...['colSet', 'colRep', 'colUp', 'colHold',
    'colDown', 'colHeight', 'colRange', 'colVerdict'].map((h) => el('th', {}, t(h))))),
  el('tbody', {}, ...s.repRows.map((r) => el('tr', {class: (r.valid ? 'valid' : 'invalid')
    + (r.curve ? ' has-curve' : ''), title: r.curve ? t('showCurves') : ''},
    el('td', {}, r.set), el('td', {}, r.rep), phase(r, 'up', rx.upMillis), phase(r, 'hold', rx.holdMillis),
    phase(r, 'down', rx.downMillis), el('td', {class: 'num'}, r.heightMm === null ? '–' : I18N.number(r.heightMm) + ' mm'),
    range(r),
    el('td', r.uncertain ? {class: 'unsure'} : {}, r.uncertain ? t('repUncertain', I18N.doubts(r.doubts))
      : r.valid ? t('repCounted') : t('repNotCounted', flagWords(r).join(', ')))))));
  const pain = s.pain.length === 0 ? el('p', {}, t('noPainThatDay'))
    : el('ul', {id: 'pain'}, ...s.pain.map((p) => el('li', {}, t('painAt', painKind(p.kind), p.score,
      P.day(p.at) + ' ' + P.time(p.at)))));
  const d = s.decision;
  const decision = !d ? el('p', {}, t('noDecision'))
    : el('div', {class: 'card decision', id: 'decision'},
      el('div', {}, el('span', {class: 'status ' + d.status}, t('status' + d.status)), ' · ',
        el('strong', {}, I18N.action(d.effective)), ' · ' + t('rule', d.ruleId)),
      el('ul', {}, ...d.reasons.map((r) => el('li', {}, I18N.reason(r)))));
  const legend = el('p', {class: 'legend'}, t('phaseTimes'), el('span', {class: 'ok'}, t('onTarget')),
    el('span', {class: 'short'}, t('tooShort')), el('span', {class: 'long'}, t('tooLong')));
  const curvesTitle = el('h2', {id: 'curves-title'}, t('curvesTitle'));
  const [curves, drawFirst, pick] = RepCurves.section(s, () => curvesTitle.scrollIntoView());
  if (pick) {
    [...reps.querySelectorAll('tbody tr')].forEach((tr, i) =>
      tr.addEventListener('click', () => pick(s.repRows[i])));
  }
  P.$('body').replaceChildren(summary, el('h2', {}, t('decisionTitle')), decision,
    el('h2', {}, t('faults')), flagList, el('h2', {}, t('painTitle')), pain, el('h2', {}, t('setsTitle')), sets,
    el('h2', {}, t('repsTitle')), legend, reps, curvesTitle, curves);
  drawFirst(); // after the section is in the page, so the chart takes its width
}

(async () => {
  P.words();
  try {
    await P.header();
    P.$('back').href = '/clinician/patient?id=' + encodeURIComponent(patient);
    const p = await P.json('/api/patients/' + encodeURIComponent(patient));
    P.$('back').textContent = p.name;
    render(await P.json('/api/patients/' + encodeURIComponent(patient) + '/sessions/'
      + encodeURIComponent(q.get('session'))));
  } catch (e) {
    P.fail('body', e);
  }
})();
