// A session report: every rep's phase times against the prescription (coloured), its flags in
// plain words, the sets, the day's pain and the progression decision with its reasons.
'use strict';
const q = new URLSearchParams(location.search);
const patient = q.get('patient');
const {el} = P;
const s1 = (ms) => (ms / 1000).toFixed(1) + ' s';
const WORDS = {ok: 'on target', short: 'too short', long: 'longer than target'};

function phase(r, key, target) {
  return el('td', {class: 'num ' + r[key], title: WORDS[r[key]] + ' (target ' + s1(target) + ')'},
    s1(r[key + 'Millis']));
}

function render(s) {
  const rx = s.prescription;
  P.$('title').textContent = 'Session of ' + P.day(s.start) + ', ' + P.time(s.start);
  const summary = el('div', {class: 'card summary'},
    el('div', {}, el('b', {id: 'valid-count'}, s.validReps + ' / ' + s.reps), 'valid / all reps'),
    el('div', {}, el('b', {}, s.sets.length), 'sets'),
    el('div', {}, el('b', {}, s1(rx.upMillis) + ' · ' + s1(rx.holdMillis) + ' · ' + s1(rx.downMillis)),
      'target up · hold · down (±' + Math.round(rx.tolerance * 100) + '%)'),
    el('div', {class: 'rx'}, el('b', {}, rx.label), 'prescription in force'));
  const flags = Object.entries(s.flagCounts);
  const flagList = flags.length === 0 ? el('p', {class: 'calm'}, 'Every rep counted.')
    : el('ul', {id: 'flags'}, ...flags.map(([w, n]) => el('li', {}, w + ': ' + n + ' rep' + (n > 1 ? 's' : ''))));
  const sets = el('table', {id: 'sets'}, el('thead', {}, el('tr', {}, ...['Set', 'Valid / all',
    'Time under tension', 'Tempo kept', 'Mean tempo error', 'Load signal'].map((h) => el('th', {}, h)))),
  el('tbody', {}, ...s.sets.map((t) => el('tr', {}, el('td', {}, t.set),
    el('td', {class: 'num'}, t.validReps + ' / ' + t.reps), el('td', {class: 'num'}, s1(t.timeUnderTensionMillis)),
    el('td', {class: 'num'}, t.tempoAdherencePercent + '%'), el('td', {class: 'num'}, t.meanAbsTempoErrorMillis + ' ms'),
    el('td', {}, t.rmSignal.toLowerCase().replaceAll('_', ' '))))));
  const reps = el('table', {id: 'reps'}, el('thead', {}, el('tr', {}, ...['Set', 'Rep', 'Up', 'Hold',
    'Down', 'Height', 'Range', 'Verdict'].map((h) => el('th', {}, h)))),
  el('tbody', {}, ...s.repRows.map((r) => el('tr', {class: (r.valid ? 'valid' : 'invalid')
    + (r.curve ? ' has-curve' : ''), title: r.curve ? 'show this rep\'s curves' : ''},
    el('td', {}, r.set), el('td', {}, r.rep), phase(r, 'up', rx.upMillis), phase(r, 'hold', rx.holdMillis),
    phase(r, 'down', rx.downMillis), el('td', {class: 'num'}, r.heightMm === null ? '–' : r.heightMm + ' mm'),
    el('td', {class: 'num'}, r.rangePercent === null ? '–' : r.rangePercent + '%'),
    el('td', {}, r.valid ? 'counted' : 'did not count: ' + r.reasons.join(', '))))));
  const pain = s.pain.length === 0 ? el('p', {}, 'No pain reported that day.')
    : el('ul', {id: 'pain'}, ...s.pain.map((p) => el('li', {}, p.kind + ': ' + p.score + ' of 10 at '
      + P.day(p.at) + ' ' + P.time(p.at))));
  const d = s.decision;
  const decision = !d ? el('p', {}, 'No progression decision for this session.')
    : el('div', {class: 'card decision', id: 'decision'},
      el('div', {}, el('span', {class: 'status ' + d.status}, d.status.toLowerCase()), ' · ',
        el('strong', {}, d.effective.words), ' · rule ' + d.ruleId),
      el('ul', {}, ...d.reasons.map((r) => el('li', {}, r))));
  const legend = el('p', {class: 'legend'}, 'Phase times: ', el('span', {class: 'ok'}, 'on target'),
    el('span', {class: 'short'}, 'too short'), el('span', {class: 'long'}, 'longer than target'));
  const curvesTitle = el('h2', {id: 'curves-title'}, 'Rep curves');
  const [curves, drawFirst, pick] = RepCurves.section(s, () => curvesTitle.scrollIntoView());
  if (pick) {
    [...reps.querySelectorAll('tbody tr')].forEach((tr, i) =>
      tr.addEventListener('click', () => pick(s.repRows[i])));
  }
  P.$('body').replaceChildren(summary, el('h2', {}, 'Progression decision'), decision,
    el('h2', {}, 'Faults'), flagList, el('h2', {}, 'Pain'), pain, el('h2', {}, 'Sets'), sets,
    el('h2', {}, 'Reps'), legend, reps, curvesTitle, curves);
  drawFirst(); // after the section is in the page, so the chart takes its width
}

(async () => {
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
