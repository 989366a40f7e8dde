// One patient for the clinician: weekly trend charts (uPlot), the progression decisions with
// Accept / Override, and the sessions with links to their reports.
'use strict';
const id = new URLSearchParams(location.search).get('id');
const charts = (window.plantarisCharts = {});
const ACTIONS = ['KEEP', 'INCREASE_LOAD', 'REDUCE_LOAD', 'NEXT_PHASE', 'BACK_TO_TWO_LEGGED',
  'TO_SINGLE_LEG', 'REST'];
const t = P.t;
const WEEKS = 12;
const CHARTS = [ // key, title, series [field, label, colour, right axis?] (titles, labels: i18n keys)
  ['reps', 'chartReps', [['reps', 'allReps', '#8a96a3'], ['validReps', 'validRepsS', '#2e7d32']]],
  ['tension', 'chartTension', [['timeUnderTensionMin', 'minutes', '#1c5bb0']]],
  ['load', 'chartLoad', [['addedLoadKg', 'addedKg', '#6a1b9a'], ['volumeLoadKg', 'volumeKg', '#e07b00', true]]],
  ['quality', 'chartQuality', [['tempoAdherencePercent', 'tempoKept', '#2e7d32'],
    ['heelLoadingPercent', 'heelLoading', '#d0342c']]],
  ['pain', 'chartPain', [['painDuring', 'painDuringMean', '#d0342c'],
    ['painNextMorning', 'painMorningWorst', '#a35200']]],
];

// A week's Monday (yyyy-mm-dd) as local midnight in seconds: uPlot draws it in the browser's zone.
const localMidnight = (day) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime() / 1000;
};

function drawCharts(tr) {
  const xs = tr.weeks.map(localMidnight);
  for (const [key, title, series] of CHARTS) {
    const box = P.el('div', {class: 'chart', id: 'chart-' + key}, P.el('h3', {}, t(title)));
    P.$('charts').append(box);
    const width = box.clientWidth - 16; // the grid cell's width, padding off
    const right = series.some((s) => s[3]);
    const opts = {
      width, height: 210, legend: {live: false}, fmtDate: I18N.uplotDate(),
      scales: {x: {time: true}, y: {range: (u, min, max) => [0, Math.max(1, max * 1.1)]}},
      axes: [{}, {size: 45}].concat(right ? [{side: 1, scale: 'r', grid: {show: false}, size: 50}] : []),
      series: [{label: t('weekOf'), value: (u, v) => (v === null ? '–' : P.day(v * 1000))}]
        .concat(series.map(([, label, stroke, r]) => ({label: t(label), stroke, width: 2, scale: r ? 'r' : 'y', spanGaps: false, points: {size: 6}}))),
    };
    if (right) opts.scales.r = {range: (u, min, max) => [0, Math.max(1, max * 1.1)]};
    charts[key] = new uPlot(opts, [xs].concat(series.map(([f]) => tr[f])), box);
  }
}
// a turned phone or a resized window: each chart takes its cell's new width
window.addEventListener('resize', () => {
  for (const [key, u] of Object.entries(charts)) {
    u.setSize({width: P.$('chart-' + key).clientWidth - 16, height: 210});
  }
});

function sessionsTable(list) {
  if (list.length === 0) return P.el('p', {}, t('noSessionsWeeks'));
  return P.el('table', {id: 'session-list'},
    P.el('thead', {}, P.el('tr', {}, ...['colDay', 'sets', 'colValidAll', 'colTension']
      .map((h) => P.el('th', {}, t(h))), P.el('th', {}))),
    P.el('tbody', {}, ...list.map((s) => P.el('tr', {},
      P.el('td', {}, P.day(s.start) + ' ' + P.time(s.start)),
      P.el('td', {class: 'num'}, s.sets),
      P.el('td', {class: 'num'}, s.validReps + ' / ' + s.reps),
      P.el('td', {class: 'num'}, Math.round(s.timeUnderTensionMillis / 1000) + ' s'),
      P.el('td', {}, P.el('a', {href: '/report?patient=' + encodeURIComponent(id)
        + '&session=' + s.id}, t('report')))))));
}

function decisionCard(d) {
  const card = P.el('div', {class: 'card decision', 'data-decision': d.id},
    P.el('div', {}, P.el('span', {class: 'status ' + d.status}, t('status' + d.status)), ' · ',
      P.el('strong', {}, I18N.action(d.proposed)), ' · ' + t('decided', P.day(d.decidedAt))
      + ' · ' + t('rule', d.ruleId)),
    P.el('ul', {}, ...d.reasons.map((r) => P.el('li', {}, I18N.reason(r)))));
  if (d.status !== 'PROPOSED') {
    const r = d.review || {};
    card.append(P.el('div', {}, t('inForce', I18N.action(d.effective))
      + (r.note ? ' — “' + r.note + '”' : '') + (r.clinician ? ' (' + r.clinician + ')' : '')));
    return card;
  }
  const note = P.el('input', {type: 'text', placeholder: t('notePlaceholder'), name: 'note'});
  const action = P.el('select', {name: 'action'}, ...ACTIONS.map((a) =>
    P.el('option', {value: a}, I18N.action({action: a, loadChangeKg: 0}).replace(/ 0 kg$/, ' …'))));
  const kg = P.el('input', {type: 'number', step: '0.5', value: '0', name: 'kg', style: 'width:5em'});
  const msg = P.el('span', {class: 'error', role: 'alert'});
  const act = (path, body) => async () => {
    try {
      await P.post('/api/patients/' + encodeURIComponent(id) + '/decisions/'
        + encodeURIComponent(d.id) + '/' + path, body());
      loadDecisions();
      showPrescription(); // an accepted step changes today's prescription
    } catch (e) { msg.textContent = I18N.reason(e.message); }
  };
  const accept = P.el('button', {type: 'button', class: 'accept'}, t('accept'));
  accept.addEventListener('click', act('accept', () => ({note: note.value})));
  const override = P.el('button', {type: 'button', class: 'override'}, t('override'));
  override.addEventListener('click', act('override', () =>
    ({action: action.value, loadChangeKg: Number(kg.value), note: note.value})));
  card.append(P.el('form', {}, note, accept, action, kg, P.el('span', {}, 'kg'), override, msg));
  return card;
}

async function loadDecisions() {
  try {
    const list = await P.json('/api/patients/' + encodeURIComponent(id) + '/decisions');
    P.$('decisions').replaceChildren(...(list.length ? list.map(decisionCard)
      : [P.el('p', {}, t('noDecisions'))]));
  } catch (e) {
    if (e.status === 404) e.message = t('decisionsMissing');
    P.fail('decisions', e);
  }
}

async function showPrescription() {
  const p = await P.json('/api/patients/' + encodeURIComponent(id));
  document.title = 'Plantaris – ' + p.name;
  P.$('name').textContent = p.name;
  P.$('rx').textContent = t('todayLabel', I18N.reason(p.today.label));
}

(async () => {
  P.words();
  P.$('weeks').textContent = t('lastWeeks', WEEKS);
  try {
    await P.header();
    const enc = encodeURIComponent(id);
    await showPrescription();
    loadDecisions();
    const [tr, s] = await Promise.all([P.json('/api/patients/' + enc + '/trends?weeks=' + WEEKS),
      P.json('/api/patients/' + enc + '/sessions?weeks=' + WEEKS)]);
    drawCharts(tr);
    P.$('sessions').replaceChildren(sessionsTable(s));
  } catch (e) {
    P.fail('problem', e); // refused or no history: say so once, at the top
    for (const part of ['decisions', 'charts', 'sessions']) {
      if (P.$(part).textContent === t('loading') || part !== 'decisions') P.$(part).textContent = '–';
    }
  }
})();
