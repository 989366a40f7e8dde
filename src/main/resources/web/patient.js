// One patient for the clinician: weekly trend charts (uPlot), the progression decisions with
// Accept / Override, and the sessions with links to their reports.
'use strict';
const id = new URLSearchParams(location.search).get('id');
const charts = (window.plantarisCharts = {});
const ACTIONS = ['KEEP', 'INCREASE_LOAD', 'REDUCE_LOAD', 'NEXT_PHASE', 'BACK_TO_TWO_LEGGED',
  'TO_SINGLE_LEG', 'REST'];
const CHARTS = [ // key, title, series [field, label, colour, right axis?]
  ['reps', 'Reps per week', [['reps', 'all reps', '#8a96a3'], ['validReps', 'valid reps', '#2e7d32']]],
  ['tension', 'Time under tension (min per week)', [['timeUnderTensionMin', 'minutes', '#1c5bb0']]],
  ['load', 'Load', [['addedLoadKg', 'added load (kg)', '#6a1b9a'],
    ['volumeLoadKg', 'reps × added kg', '#e07b00', true]]],
  ['quality', 'Rep quality (% of reps or phases)', [['tempoAdherencePercent', 'tempo kept', '#2e7d32'],
    ['heelLoadingPercent', 'heel loading', '#d0342c']]],
  ['pain', 'Pain (0–10)', [['painDuring', 'during exercise (mean)', '#d0342c'],
    ['painNextMorning', 'next morning (worst)', '#a35200']]],
];

function drawCharts(t) {
  const xs = t.weeks.map((w) => Date.parse(w + 'T00:00:00Z') / 1000);
  for (const [key, title, series] of CHARTS) {
    const box = P.el('div', {class: 'chart', id: 'chart-' + key}, P.el('h3', {}, title));
    P.$('charts').append(box);
    const width = box.clientWidth - 16; // the grid cell's width, padding off
    const right = series.some((s) => s[3]);
    const opts = {
      width, height: 210, legend: {live: false}, tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      scales: {x: {time: true}, y: {range: (u, min, max) => [0, Math.max(1, max * 1.1)]}},
      axes: [{}, {size: 45}].concat(right ? [{side: 1, scale: 'r', grid: {show: false}, size: 50}] : []),
      series: [{label: 'week of'}].concat(series.map(([, label, stroke, r]) => ({
        label, stroke, width: 2, scale: r ? 'r' : 'y', spanGaps: false, points: {size: 6}}))),
    };
    if (right) opts.scales.r = {range: (u, min, max) => [0, Math.max(1, max * 1.1)]};
    charts[key] = new uPlot(opts, [xs].concat(series.map(([f]) => t[f])), box);
  }
}

function sessionsTable(list) {
  if (list.length === 0) return P.el('p', {}, 'No sessions in these weeks.');
  return P.el('table', {id: 'session-list'},
    P.el('thead', {}, P.el('tr', {}, ...['Day', 'Sets', 'Valid / all reps', 'Time under tension', '']
      .map((h) => P.el('th', {}, h)))),
    P.el('tbody', {}, ...list.map((s) => P.el('tr', {},
      P.el('td', {}, P.day(s.start) + ' ' + P.time(s.start)),
      P.el('td', {class: 'num'}, s.sets),
      P.el('td', {class: 'num'}, s.validReps + ' / ' + s.reps),
      P.el('td', {class: 'num'}, Math.round(s.timeUnderTensionMillis / 1000) + ' s'),
      P.el('td', {}, P.el('a', {href: '/report?patient=' + encodeURIComponent(id)
        + '&session=' + s.id}, 'report'))))));
}

function decisionCard(d) {
  const card = P.el('div', {class: 'card decision', 'data-decision': d.id},
    P.el('div', {}, P.el('span', {class: 'status ' + d.status}, d.status.toLowerCase()), ' · ',
      P.el('strong', {}, d.proposed.words || d.proposed.action), ' · decided ' + P.day(d.decidedAt)
      + ' · rule ' + d.ruleId),
    P.el('ul', {}, ...d.reasons.map((r) => P.el('li', {}, r))));
  if (d.status !== 'PROPOSED') {
    const r = d.review || {};
    card.append(P.el('div', {}, 'In force: ' + (d.effective.words || d.effective.action)
      + (r.note ? ' — “' + r.note + '”' : '') + (r.clinician ? ' (' + r.clinician + ')' : '')));
    return card;
  }
  const note = P.el('input', {type: 'text', placeholder: 'note (needed to override)', name: 'note'});
  const action = P.el('select', {name: 'action'}, ...ACTIONS.map((a) => P.el('option', {value: a}, a.toLowerCase().replaceAll('_', ' '))));
  const kg = P.el('input', {type: 'number', step: '0.5', value: '0', name: 'kg', style: 'width:5em'});
  const msg = P.el('span', {class: 'error', role: 'alert'});
  const act = (path, body) => async () => {
    try {
      await P.post('/api/patients/' + encodeURIComponent(id) + '/decisions/'
        + encodeURIComponent(d.id) + '/' + path, body());
      loadDecisions();
      showPrescription(); // an accepted step changes today's prescription
    } catch (e) { msg.textContent = e.message; }
  };
  const accept = P.el('button', {type: 'button', class: 'accept'}, 'Accept');
  accept.addEventListener('click', act('accept', () => ({note: note.value})));
  const override = P.el('button', {type: 'button', class: 'override'}, 'Override');
  override.addEventListener('click', act('override', () =>
    ({action: action.value, loadChangeKg: Number(kg.value), note: note.value})));
  card.append(P.el('form', {}, note, accept, action, kg, P.el('span', {}, 'kg'), override, msg));
  return card;
}

async function loadDecisions() {
  try {
    const list = await P.json('/api/patients/' + encodeURIComponent(id) + '/decisions');
    P.$('decisions').replaceChildren(...(list.length ? list.map(decisionCard)
      : [P.el('p', {}, 'No decisions yet.')]));
  } catch (e) {
    if (e.status === 404) e.message = 'Decisions are not served by this service yet.';
    P.fail('decisions', e);
  }
}

async function showPrescription() {
  const p = await P.json('/api/patients/' + encodeURIComponent(id));
  document.title = 'Plantaris – ' + p.name;
  P.$('name').textContent = p.name;
  P.$('rx').textContent = 'Today: ' + p.today.label;
}

(async () => {
  try {
    await P.header();
    const enc = encodeURIComponent(id);
    await showPrescription();
    loadDecisions();
    const [t, s] = await Promise.all([P.json('/api/patients/' + enc + '/trends?weeks=12'),
      P.json('/api/patients/' + enc + '/sessions?weeks=12')]);
    drawCharts(t);
    P.$('sessions').replaceChildren(sessionsTable(s));
  } catch (e) {
    P.fail('problem', e); // refused or no history: say so once, at the top
    for (const part of ['decisions', 'charts', 'sessions']) {
      if (P.$(part).textContent === 'Loading…' || part !== 'decisions') P.$(part).textContent = '–';
    }
  }
})();
