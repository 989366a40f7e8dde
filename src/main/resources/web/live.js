// The live set page, phone first: the tempo guide as a metronome for the prescription in force
// (with beeps and optional spoken counts), "set 2 of 3, 7 valid, 5 to go", the last rep's verdict
// in plain words, the set summary and the rest timer, a connection state that tells the truth,
// pain before/during/next morning and "I'm done". Fed by the Server-Sent Events stream of one
// patient; Norwegian or English (i18n.js).
'use strict';
const $ = (id) => document.getElementById(id);
const t = I18N.t;
const stats = (window.plantarisStats = {samples: 0, frames: 0, reps: 0, since: 0, perSecond: 0});
const insoles = {}; // device -> {layout, canvas, newtons, maxN, state}
let plan = {upMillis: 3000, holdMillis: 2000, downMillis: 3000, targetReps: 12, sets: 3};
let movement = 'BOTTOM';
let riseAt = 0; // performance.now() when the heel left the floor, 0 = at rest
let phase = ''; // the cue shown: up, hold, down, rest, ready
let counts = {set: 1, valid: 0, total: 0};
let finished = null; // the tally of the session saved by "I'm done", shown until the next rep
let lastRep = null;
let lastSet = null;
let restFrom = 0; // performance.now() the last set ended, 0 = not resting
let unseen = ''; // what the page said an insole could not see since the last save, '' = it saw all
let conn = 'connecting';
let me = null;
let patient = null;
let es = null;
// Phase cues as shown, for the benchmark: [phase, performance.now(), Date.now()].
const cues = (window.plantarisCues = []);
const rises = (window.plantarisRises = []); // [how, onset wall ms, taken at wall ms], for tests
// Benchmarks only (?latency=1): ms from the sample reaching the service to the frame that drew it.
const latency = new URLSearchParams(location.search).get('latency') === '1'
  ? (window.__plantarisLatency = []) : null;

// ---- sound: Web Audio beeps at each phase start, optional spoken seconds ----
const audio = {ctx: null, on: localStorage.getItem('plantaris.sound') === 'on',
  speech: localStorage.getItem('plantaris.speech') === 'on'};
const PITCH = {up: 880, hold: 660, down: 520, rest: 330};
function beep(kind) {
  if (!audio.on || !audio.ctx) return;
  const o = audio.ctx.createOscillator();
  const g = audio.ctx.createGain();
  o.frequency.value = PITCH[kind] || 440;
  g.gain.setValueAtTime(0.25, audio.ctx.currentTime);
  g.gain.exponentialRampToValueAtTime(0.001, audio.ctx.currentTime + 0.18);
  o.connect(g).connect(audio.ctx.destination);
  o.start();
  o.stop(audio.ctx.currentTime + 0.2);
}
function say(text) {
  if (!audio.speech || !window.speechSynthesis) return;
  const u = new SpeechSynthesisUtterance(text);
  u.lang = I18N.lang === 'nb' ? 'nb-NO' : 'en-GB';
  u.rate = 1.2;
  speechSynthesis.cancel();
  speechSynthesis.speak(u);
}
function cueButtons() {
  $('sound').textContent = t('sound') + ': ' + t(audio.on ? 'on' : 'off');
  $('sound').setAttribute('aria-pressed', String(audio.on));
  $('speech').textContent = t('speech') + ': ' + t(audio.speech ? 'on' : 'off');
  $('speech').setAttribute('aria-pressed', String(audio.speech));
}
$('sound').addEventListener('click', () => {
  audio.on = !audio.on;
  localStorage.setItem('plantaris.sound', audio.on ? 'on' : 'off');
  if (audio.on && !audio.ctx) audio.ctx = new AudioContext(); // needs the tap: browsers' rule
  if (audio.ctx) audio.ctx.resume();
  cueButtons();
  beep('up');
});
$('speech').addEventListener('click', () => {
  audio.speech = !audio.speech;
  localStorage.setItem('plantaris.speech', audio.speech ? 'on' : 'off');
  cueButtons();
});

// ---- pressure maps ----
function addInsole(layout) {
  let ins = insoles[layout.device];
  if (!ins) {
    const fig = document.createElement('figure');
    const canvas = document.createElement('canvas');
    canvas.width = 200; canvas.height = 440;
    canvas.dataset.device = layout.device;
    const cap = document.createElement('figcaption');
    fig.append(canvas, cap);
    const maps = $('maps');
    // left foot on the left
    if (layout.side === 'LEFT') maps.prepend(fig); else maps.append(fig);
    ins = insoles[layout.device] = {canvas, cap, newtons: null, maxN: 50, state: 'ONLINE'};
  }
  ins.layout = layout;
  ins.state = 'ONLINE';
  ins.cap.textContent = t('side' + layout.side) + ' · ' + layout.device;
  showConnection();
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
  g.globalAlpha = ins.state === 'ONLINE' ? 1 : 0.3; // an offline insole's map is not live
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
  g.globalAlpha = 1;
}

function frame() {
  stats.frames++;
  for (const d in insoles) if (insoles[d].layout) draw(insoles[d]);
  guide(performance.now());
  requestAnimationFrame(frame);
}

// ---- the metronome: phases timed from the rise, for the tempo in force ----
function segments() {
  const all = plan.upMillis + plan.holdMillis + plan.downMillis;
  $('seg-up').style.flexGrow = String(plan.upMillis / all);
  $('seg-hold').style.flexGrow = String(Math.max(0.0001, plan.holdMillis / all));
  $('seg-down').style.flexGrow = String(plan.downMillis / all);
  $('seg-up').textContent = plan.upMillis / 1000 + ' s';
  $('seg-hold').textContent = plan.holdMillis > 0 ? plan.holdMillis / 1000 + ' s' : '';
  $('seg-down').textContent = plan.downMillis / 1000 + ' s';
}

function mmss(ms) {
  const s = Math.floor(ms / 1000);
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

function setPhase(p, text, seconds) {
  const el = $('guide-text');
  if (p !== phase) {
    phase = p;
    el.className = 'guide-text phase-' + p;
    cues.push([p, performance.now(), Date.now()]);
    if (p === 'up' || p === 'hold' || p === 'down') beep(p);
  }
  if (el.dataset.seconds !== String(seconds) && (p === 'up' || p === 'hold' || p === 'down')) {
    if (el.dataset.seconds !== undefined && seconds > 0) say(String(seconds));
  }
  el.dataset.seconds = String(seconds);
  el.textContent = text;
}

function guide(now) {
  const up = plan.upMillis, hold = plan.holdMillis, down = plan.downMillis, all = up + hold + down;
  let f = 0;
  if (Object.values(insoles).some((i) => i.blind)) {
    // an insole said it cannot see a rep where it stands: no cue pretends to follow one
    riseAt = 0;
    setPhase('blind', t('guideBlind'), -1);
    $('guide-fill').style.width = '0%';
    return;
  }
  if (riseAt === 0) {
    if (restFrom > 0) setPhase('rest', t('rest', mmss(now - restFrom)), -1);
    else setPhase('ready', t('riseWhenReady', up / 1000), -1);
  } else {
    const e = now - riseAt;
    f = Math.min(1, e / all);
    if (e < up) setPhase('up', t('up', Math.ceil((up - e) / 1000)), Math.ceil((up - e) / 1000));
    else if (e < up + hold) {
      const left = Math.ceil((up + hold - e) / 1000);
      setPhase('hold', t('hold', left), left);
    } else if (e < all) {
      const left = Math.ceil((all - e) / 1000);
      setPhase('down', t('down', left), left);
    } else {
      setPhase('bottom', t('restHeel'), -1);
      if (movement === 'BOTTOM') riseAt = 0;
    }
  }
  $('guide-fill').style.width = (100 * f) + '%';
}

// The heel's share of the load, per insole, over the last 2.5 s: the analysis reports "heel up"
// about a second into the rise, so the rise's onset is found back in this history, where the
// heel's share first fell from where it rested.
function heelShare(ins, n) {
  let heel = 0, all = 0;
  ins.layout.cells.forEach((c, i) => {
    const v = n[i] > 0 ? n[i] : 0;
    all += v;
    if (c.region && c.region.startsWith('HEEL')) heel += v;
  });
  return all > 1 ? heel / all : NaN;
}

function riseOnset(ins, detectedAt) {
  const h = ins.heel || [];
  const before = h.filter(([t]) => t <= detectedAt);
  if (before.length < 10) return detectedAt;
  const rest = before.slice(0, Math.max(5, Math.floor(before.length / 4))).map(([, f]) => f)
    .filter((f) => !Number.isNaN(f)).sort((a, b) => a - b);
  if (rest.length < 3) return detectedAt;
  const resting = rest[Math.floor(rest.length / 2)];
  if (!(resting > 0.05)) return detectedAt; // heel off the step: no heel signal to go by
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i][1] >= resting * 0.9) return before[Math.min(before.length - 1, i + 1)][0];
  }
  return detectedAt;
}

let earlyAt = 0; // Date.now() a tentative onset was taken, 0 = none
// The service sends a tentative onset (m.r while the movement still reads BOTTOM) as soon as the
// foot starts to pitch or the heel to unload, read at the insole's full rate; the metronome starts
// from it and stops when the service takes it back (a step or a shift of weight, not a rise).
function tentativeRise(m) {
  if (movement !== 'BOTTOM' || m.m !== 'BOTTOM') return;
  if (m.r > 0 && m.r <= m.t && riseAt === 0) {
    window.plantarisRise = {onset: m.r, detected: m.t, early: true};
    rises.push(['early', m.r, Date.now()]);
    riseAt = performance.now() - Math.max(0, Math.min(3000, Date.now() - m.r));
    earlyAt = Date.now();
    restFrom = 0;
  } else if (!(m.r > 0) && earlyAt) {
    riseAt = 0; // taken back: no rise followed
    rises.push(['dropped', 0, Date.now()]);
    earlyAt = 0;
  }
}

function onSample(m) {
  stats.samples++;
  if (!stats.firstT) stats.firstT = m.t;
  if (!stats.since) stats.since = performance.now();
  const ins = insoles[m.d];
  if (ins) {
    ins.newtons = m.n;
    if ((m.b || null) !== (ins.blind || null)) { ins.blind = m.b || null; showSight(); }
    if (ins.state !== 'ONLINE') { ins.state = 'ONLINE'; showConnection(); }
    const h = (ins.heel = ins.heel || []);
    h.push([m.t, heelShare(ins, m.n)]);
    while (h.length && h[0][0] < m.t - 2500) h.shift();
  }
  tentativeRise(m);
  if (m.m !== movement) {
    if (movement === 'BOTTOM' && m.m !== 'BOTTOM' && riseAt === 0) {
      // the metronome starts at the rise's onset (sample time, wall ms), mapped to this page's clock
      // the analysis's own estimate of the onset (any layout) first, the heel's history second
      const onset = m.r > 0 && m.r <= m.t ? m.r : ins ? riseOnset(ins, m.t) : m.t;
      window.plantarisRise = {onset, detected: m.t, core: m.r > 0};
      rises.push([m.r > 0 ? 'core' : 'heel', onset, Date.now()]);
      riseAt = performance.now() - Math.max(0, Math.min(3000, Date.now() - onset));
      restFrom = 0;
    }
    if (m.m !== 'BOTTOM' && earlyAt && m.r > 0 && m.r <= m.t
        && Math.abs(m.r - window.plantarisRise.onset) > 400) {
      // confirmed, but the rise began well away from the early sign (a twitch before it):
      // realign the metronome to the analysis's onset
      rises.push(['realign', m.r, Date.now()]);
      riseAt = performance.now() - Math.max(0, Math.min(3000, Date.now() - m.r));
    }
    // raised straight back to the bottom: the analysis gave the rise up (no rep), so is the cue
    if (movement === 'RAISED' && m.m === 'BOTTOM') riseAt = 0;
    if (m.m !== 'BOTTOM') earlyAt = 0; // confirmed
    movement = m.m;
    $('movement').textContent = t('move' + movement);
  }
  if (latency && latency.length < 100000) requestAnimationFrame(() => latency.push(Date.now() - m.a));
}

// ---- the counter, the verdict, the set summary ----
function showCounts() {
  const target = plan.targetReps;
  if (finished) { // "I'm done": the session just saved, until the next rep begins a new one
    $('set-of').textContent = t('sessionSaved');
    $('valid-words').textContent = t('sessionTally', finished.sets, finished.validReps, finished.reps);
    $('to-go').textContent = '';
    $('reps-sep').hidden = true;
    $('target-label').parentElement.hidden = true; // the target is per set, the tally per session
    $('valid').textContent = finished.validReps;
    $('total').textContent = finished.reps;
    $('target').textContent = target;
    return;
  }
  $('reps-sep').hidden = false;
  $('target-label').parentElement.hidden = false;
  $('set-of').textContent = t('setOf', counts.set, plan.sets || '–');
  $('valid-words').textContent = t('valid', counts.valid);
  const left = Math.max(0, target - counts.valid);
  $('to-go').textContent = left > 0 ? t('toGo', left) : t('targetReached');
  $('valid').textContent = counts.valid;
  $('total').textContent = counts.total;
  $('target').textContent = target;
}

function showVerdict() {
  const v = $('verdict');
  if (!lastRep) { v.className = 'verdict'; v.textContent = t('noRep'); return; }
  const r = lastRep;
  v.className = 'verdict ' + (r.uncertain ? 'unsure' : r.valid ? 'ok' : 'bad');
  v.textContent = r.uncertain ? t('countedUncertain', r.rep, I18N.doubts(r.doubts))
    : r.valid ? t('counted', r.rep)
    : t('notCounted', r.rep, (r.flags || []).map(I18N.flag).join('; '));
}

function showSummary() {
  const el = $('summary');
  if (!lastSet) { el.hidden = true; return; }
  const s = lastSet;
  el.hidden = false;
  el.textContent = s.tempoAdherence === null
    ? t('setDoneUntimed', s.set, s.validReps, s.reps, s.tensionSeconds.toFixed(0))
    : t('setDone', s.set, s.validReps, s.reps, s.tensionSeconds.toFixed(0),
      Math.round(100 * s.tempoAdherence));
}

function onRep(r) {
  stats.reps++;
  finished = null;
  if (r.set !== counts.set || lastSet && lastSet.set === r.set) { lastSet = null; showSummary(); }
  counts = {set: r.set, valid: r.validReps, total: r.totalReps};
  lastRep = r;
  showCounts();
  showVerdict();
  $('summary').hidden = true;
}

function onSet(s) {
  lastSet = s;
  counts = {set: s.set + 1, valid: 0, total: 0};
  restFrom = performance.now();
  riseAt = 0;
  showSummary();
  showCounts();
  refreshPlan(); // a change the clinician made applies from the next set
}

function onPlan(p) {
  plan = p;
  segments();
  showToday();
  showCounts();
}

function showToday() {
  const p = plan;
  const tempo = p.upMillis / 1000 + '-' + p.holdMillis / 1000 + '-' + p.downMillis / 1000;
  $('today').textContent = t('today', p.targetReps,
    p.addedLoadKg > 0 ? t('addedLoad', p.addedLoadKg) : t('bodyWeight'), tempo,
    p.singleLeg ? t('oneLeg') : t('bothLegs'));
}

async function refreshPlan() {
  try {
    const r = await fetch('/api/patients/' + encodeURIComponent(patient) + '/today');
    if (r.ok) onPlan(await r.json());
  } catch (e) { /* the stream's state shows the outage */ }
}

// ---- the connection state: the service, then the insoles ----
function showConnection() {
  const st = $('status');
  st.dataset.conn = conn;
  st.textContent = conn === 'open' ? t('live') : conn === 'down' ? t('unreachable') : t('connecting');
  const list = Object.values(insoles);
  let msg = '';
  if (conn === 'open') {
    if (list.length === 0) msg = t('noInsole');
    else if (list.every((i) => i.state === 'OFFLINE')) msg = t('insoleOffline');
    else if (list.some((i) => i.state === 'RECONNECTING')) msg = t('insoleReconnecting');
    else if (list.some((i) => i.state === 'OFFLINE')) msg = t('insoleOffline');
  } else if (conn === 'down') msg = t('unreachable');
  $('insole-state').textContent = msg;
  $('insole-state').dataset.state = list.length === 0 ? 'none'
    : list.every((i) => i.state === 'OFFLINE') ? 'offline' : 'online';
}

// where an insole cannot see a heel raise (3 zones with the heel over a step edge, a zone that
// stopped reporting) the page says so and what to do, instead of counting nothing in silence
function showSight() {
  const blind = Object.values(insoles).filter((i) => i.blind);
  $('sight').textContent = blind.map((i) => t('blind' + i.blind, t('side' + i.layout.side))).join(' ');
  $('sight').dataset.blind = blind.map((i) => i.blind).join(' ');
  if (blind.length) unseen = $('sight').textContent;
}

function onDevice(d) {
  const ins = insoles[d.device];
  if (ins) ins.state = d.state;
  showConnection();
}

function connect() {
  if (es) es.close();
  es = new EventSource('/api/patients/' + encodeURIComponent(patient) + '/live');
  const on = (name, fn) => es.addEventListener(name, (e) => fn(JSON.parse(e.data)));
  on('plan', onPlan);
  on('layout', addInsole);
  on('device', onDevice);
  on('sample', onSample);
  on('rep', onRep);
  on('set', onSet);
  es.onopen = () => { conn = 'open'; showConnection(); };
  es.onerror = () => {
    conn = 'down';
    showConnection();
    if (es.readyState === EventSource.CLOSED) setTimeout(reconnect, 2000);
  };
}

// The browser retries the stream by itself; when it gives up (the service restarted and refused
// it, or the login expired), check the login and start again.
async function reconnect() {
  try {
    const r = await fetch('/api/me');
    if (r.status === 401) { location.href = '/login?next=' + encodeURIComponent('/live') + '&why=expired'; return; }
    if (r.ok) { me = await r.json(); connect(); return; }
  } catch (e) { /* still unreachable */ }
  setTimeout(reconnect, 2000);
}

// ---- pain and "I'm done" ----
const PAIN = [['before', 'painBefore'], ['during', 'painDuring']];
const painGiven = {};
let morningDue = false; // the server says: the next local day after a session, until answered

function showPain() {
  const box = $('pain');
  box.replaceChildren();
  if (morningDue) box.append(Pain.scale('next-morning', 'painMorning', undefined, (s) => reportPain('next-morning', s)));
  for (const [kind, q] of PAIN) box.append(Pain.scale(kind, q, painGiven[kind], (s) => reportPain(kind, s)));
}

async function checkMorning() {
  morningDue = await Pain.morningDue(patient);
  showPain();
}

async function post(path, body) {
  return fetch(path, {method: 'POST', body: body === undefined ? '' : JSON.stringify(body),
    headers: {'Content-Type': 'application/json', 'X-CSRF-Token': me ? me.csrf : ''}});
}

async function reportPain(kind, score) {
  const r = await post('/api/patients/' + encodeURIComponent(patient) + '/pain', {kind, score});
  const saved = $('pain-' + kind + '-saved');
  if (r.ok) {
    if (kind === 'next-morning') morningDue = false; // answered: gone here and on every device
    else painGiven[kind] = score;
    showPain();
  } else if (saved) {
    const b = await r.json().catch(() => ({}));
    saved.textContent = t('error', I18N.reason(String(b.error || r.status)));
  }
}

async function done() {
  const out = $('done-result');
  const r = await post('/api/patients/' + encodeURIComponent(patient) + '/session/end');
  const b = await r.json().catch(() => ({}));
  if (r.ok) {
    out.textContent = t('doneSaved', b.proposed ? I18N.action(b.proposed) : '');
    out.dataset.decision = b.id || '';
    counts = {set: 1, valid: 0, total: 0}; // the next set starts a new session
    finished = b.session || null;
    restFrom = 0;
    unseen = '';
    showCounts();
  } else if (r.status === 409) {
    // nothing counted: where the insole said it could not see, that is why, not "do a set first"
    out.textContent = unseen ? t('doneUnseen') + ' ' + unseen : t('doneNothing');
  } else {
    out.textContent = t('error', I18N.reason(String(b.error || r.status)));
  }
}
$('done').addEventListener('click', done);

// ---- words in the chosen language ----
function words() {
  I18N.apply();
  $('done').textContent = t('done');
  $('logout').textContent = t('logout');
  $('history').textContent = t('history');
  cueButtons();
  showToday();
  showCounts();
  showVerdict();
  showSummary();
  showConnection();
  showPain();
  $('movement').textContent = t('move' + movement);
  $('target-label').textContent = t('target');
  for (const ins of Object.values(insoles)) {
    ins.cap.textContent = t('side' + ins.layout.side) + ' · ' + ins.layout.device;
  }
  phase = '';
}

async function start() {
  const r = await fetch('/api/me');
  if (r.status === 401) { location.href = '/login?next=/live'; return; }
  me = await r.json();
  patient = new URLSearchParams(location.search).get('patient') || me.subject;
  $('who').textContent = me.user;
  I18N.switcher($('lang'), words);
  segments();
  words();
  connect();
  checkMorning();
  // the sample rate is a figure for clinicians and admins checking an insole, not for patients
  const figures = me.role !== 'patient' || new URLSearchParams(location.search).get('details') === '1';
  setInterval(() => {
    const secs = (performance.now() - stats.since) / 1000;
    stats.perSecond = stats.since ? stats.samples / secs : 0;
    $('rate').textContent = figures && stats.since ? t('rate', I18N.number(Math.round(stats.perSecond * 10) / 10)) : '';
  }, 1000);
  requestAnimationFrame(frame);
}

$('logout').addEventListener('click', async () => {
  await fetch('/logout', {method: 'POST', headers: {'X-CSRF-Token': me ? me.csrf : ''}});
  location.href = '/login';
});
start();
