// The live set page: a pressure map per insole, the tempo guide, the rep counter and verdicts,
// fed by the service's Server-Sent Events stream for one patient.
'use strict';
const $ = (id) => document.getElementById(id);
const stats = (window.plantarisStats = {samples: 0, frames: 0, reps: 0, since: 0, perSecond: 0});
const insoles = {}; // device -> {layout, canvas, newtons, maxN}
let plan = {upMillis: 3000, holdMillis: 2000, downMillis: 3000, targetReps: 12};
let movement = 'BOTTOM';
let riseAt = 0; // sample time (ms) the heel left the floor, 0 = at rest
let sampleT = 0; // time of the newest sample: the guide runs on the insole's clock
let me = null;
// Benchmarks only (?latency=1): ms from the sample reaching the service to the frame that drew it.
const latency = new URLSearchParams(location.search).get('latency') === '1'
  ? (window.__plantarisLatency = []) : null;

const MOVE_WORDS = {BOTTOM: 'You: heel down, resting', RAISED: 'You: heel up', LOWERING: 'You: lowering'};

function addInsole(layout) {
  let ins = insoles[layout.device];
  if (!ins) {
    const fig = document.createElement('figure');
    const canvas = document.createElement('canvas');
    canvas.width = 200; canvas.height = 440;
    canvas.dataset.device = layout.device;
    const cap = document.createElement('figcaption');
    fig.append(canvas, cap);
    $('maps').append(fig);
    ins = insoles[layout.device] = {canvas, cap, newtons: null, maxN: 50};
  }
  ins.layout = layout;
  ins.cap.textContent = layout.side.toLowerCase() + ' foot (' + layout.device + ')';
}

function colour(f) { // 0 = no load (pale blue) .. 1 = most load (red), through yellow
  const h = 220 - 220 * Math.min(1, Math.max(0, f));
  return 'hsl(' + h + ',85%,' + (f > 0.02 ? 55 : 90) + '%)';
}

function draw(ins) {
  const {canvas, layout} = ins;
  const g = canvas.getContext('2d');
  const len = layout.lengthMm > 0 ? layout.lengthMm : 260;
  const s = (canvas.height - 20) / len; // px per mm
  const cx = canvas.width / 2;
  const toPx = (x, y) => [cx - x * s, canvas.height - 10 - y * s]; // +x is the wearer's left
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#eef1f4';
  g.beginPath();
  g.ellipse(cx, canvas.height - 10 - len * 0.17 * s, len * 0.15 * s, len * 0.17 * s, 0, 0, Math.PI * 2);
  g.ellipse(cx, canvas.height - 10 - len * 0.68 * s, len * 0.2 * s, len * 0.32 * s, 0, 0, Math.PI * 2);
  g.fill();
  const n = ins.newtons;
  let max = 0;
  if (n) for (const v of n) if (v > max) max = v;
  ins.maxN = Math.max(40, ins.maxN * 0.995, max);
  const r = Math.max(6, Math.min(18, len * 0.035 * s));
  layout.cells.forEach((c, i) => {
    const [px, py] = toPx(c.x, c.y);
    const v = n ? n[i] : 0;
    g.fillStyle = v < 0 ? '#bbb' : colour(v / ins.maxN);
    g.beginPath(); g.arc(px, py, r, 0, Math.PI * 2); g.fill();
  });
}

function frame(now) {
  stats.frames++;
  for (const d in insoles) if (insoles[d].layout) draw(insoles[d]);
  guide(now);
  requestAnimationFrame(frame);
}

function guide(now) {
  const up = plan.upMillis, hold = plan.holdMillis, down = plan.downMillis, all = up + hold + down;
  let text, f;
  if (movement === 'BOTTOM' && riseAt === 0) {
    text = 'Rise when ready: ' + up / 1000 + ' s up'; f = 0;
  } else {
    const e = sampleT - riseAt;
    f = Math.min(1, e / all);
    if (e < up) text = 'Up… ' + Math.ceil((up - e) / 1000);
    else if (e < up + hold) text = 'Hold… ' + Math.ceil((up + hold - e) / 1000);
    else if (e < all) text = 'Down slowly… ' + Math.ceil((all - e) / 1000);
    else text = 'Heel down, rest';
    if (movement === 'BOTTOM' && e > all) riseAt = 0;
  }
  $('guide-fill').style.width = (100 * f) + '%';
  $('guide-text').textContent = text;
}

function onSample(m) {
  stats.samples++;
  if (!stats.since) stats.since = performance.now();
  const ins = insoles[m.d];
  if (ins) ins.newtons = m.n;
  sampleT = m.t;
  if (m.m !== movement) {
    if (movement === 'BOTTOM' && m.m === 'RAISED') riseAt = m.t;
    if (m.m === 'BOTTOM') riseAt = 0; // back down: the guide waits for the next rise
    movement = m.m;
    $('movement').textContent = MOVE_WORDS[movement] || movement;
  }
  if (latency && latency.length < 100000) requestAnimationFrame(() => latency.push(Date.now() - m.a));
}

function onRep(r) {
  stats.reps++;
  $('valid').textContent = r.validReps;
  $('total').textContent = r.totalReps;
  const v = $('verdict');
  v.className = 'verdict ' + (r.valid ? 'ok' : 'bad');
  v.textContent = r.valid
    ? 'Rep ' + r.rep + ' counted'
    : 'Rep ' + r.rep + ' did not count: ' + r.reasons.join('; ');
  $('summary').hidden = true;
}

function onSet(s) {
  const el = $('summary');
  el.hidden = false;
  el.textContent = 'Set ' + s.set + ' done: ' + s.validReps + ' of ' + s.reps + ' reps counted, '
    + s.tensionSeconds.toFixed(0) + ' s under tension, tempo kept '
    + Math.round(100 * s.tempoAdherence) + '%.';
}

function onPlan(p) {
  plan = p;
  $('target').textContent = p.targetReps;
  $('today').textContent = 'Today: ' + p.targetReps + ' reps, '
    + (p.addedLoadKg > 0 ? '+' + p.addedLoadKg + ' kg added load' : 'body weight only')
    + ', ' + p.upMillis / 1000 + '-' + p.holdMillis / 1000 + '-' + p.downMillis / 1000 + ' s'
    + (p.singleLeg ? ', one leg' : '');
}

async function start() {
  const r = await fetch('/api/me');
  if (r.status === 401) { location.href = '/login?next=/live'; return; }
  me = await r.json();
  const patient = new URLSearchParams(location.search).get('patient') || me.subject;
  $('who').textContent = me.user + ' · patient ' + patient;
  const es = new EventSource('/api/patients/' + encodeURIComponent(patient) + '/live');
  const on = (name, fn) => es.addEventListener(name, (e) => fn(JSON.parse(e.data)));
  on('plan', onPlan);
  on('layout', addInsole);
  on('sample', onSample);
  on('rep', onRep);
  on('set', onSet);
  es.onopen = () => { $('status').textContent = 'live'; };
  es.onerror = () => { $('status').textContent = 'reconnecting…'; };
  setInterval(() => {
    const secs = (performance.now() - stats.since) / 1000;
    stats.perSecond = stats.since ? stats.samples / secs : 0;
    $('rate').textContent = stats.since ? stats.perSecond.toFixed(1) + ' updates/s' : '';
  }, 1000);
  requestAnimationFrame(frame);
}

$('logout').addEventListener('click', async () => {
  await fetch('/logout', {method: 'POST', headers: {'X-CSRF-Token': me ? me.csrf : ''}});
  location.href = '/login';
});
start();
