// The patient's own history: each session's day and time (her zone), its sets and valid reps, her
// pain before, during and the next morning, and the next step decided, all in plain words; the
// morning question when it is due. No clinician controls.
'use strict';
const {el, t} = P;
let patient = null;
let me = null;

function painLine(list) {
  const by = {};
  for (const p of list) by[p.kind] = p.score;
  const parts = [['before', 'painBeforeShort'], ['during', 'painDuringShort'],
    ['next-morning', 'painMorningShort']].filter(([k]) => by[k] !== undefined)
    .map(([k, w]) => t(w) + ' ' + by[k] + '/10');
  return parts.length ? parts.join(' · ') : '–';
}

function decisionLine(d) {
  if (!d) return [el('span', {}, t('noDecisionYet'))];
  const reviewed = d.status !== 'PROPOSED';
  return [el('strong', {}, I18N.action(reviewed ? d.effective : d.proposed)),
    el('span', {class: 'status'}, ' (' + t(reviewed ? 'decisionReviewed' : 'decisionProposed') + ')'),
    el('ul', {}, ...d.reasons.map((r) => el('li', {}, I18N.reason(r))))];
}

function card(s) {
  const sets = (s.setRows || []).map((x) => x.validReps + '/' + x.reps).join(', ');
  return el('article', {class: 'session', 'data-session': s.id},
    el('h2', {}, P.day(s.start) + ' ' + P.time(s.start)),
    el('dl', {},
      el('dt', {}, t('sets')), el('dd', {}, t('setsOf', s.sets) + (sets ? ': ' + sets : '')),
      el('dt', {}, t('validReps')), el('dd', {class: 'valid'}, t('ofN', s.validReps, s.reps)),
      el('dt', {}, t('pain')), el('dd', {class: 'pain-line'}, painLine(s.pain)),
      el('dt', {}, t('decisionWords')), el('dd', {class: 'decision'}, ...decisionLine(s.decision))));
}

async function showSessions() {
  try {
    const list = await P.json('/api/patients/' + encodeURIComponent(patient) + '/diary?weeks=12');
    P.$('sessions').replaceChildren(...(list.length ? list.map(card) : [el('p', {}, t('noSessions'))]));
  } catch (e) {
    P.$('sessions').replaceChildren(el('p', {class: 'error', role: 'alert'},
      t('loadError', I18N.reason(e.message))));
  }
}

async function showMorning(saved) {
  const box = P.$('pain');
  box.replaceChildren();
  if (saved !== undefined) {
    box.append(el('p', {class: 'saved', id: 'pain-next-morning-saved'}, t('painSaved', saved)));
  } else if (await Pain.morningDue(patient)) {
    box.append(Pain.scale('next-morning', 'painMorning', undefined, async (score) => {
      const r = await Pain.send(patient, me.csrf, 'next-morning', score);
      if (r.ok) {
        showMorning(score);
        showSessions();
      } else {
        const b = await r.json().catch(() => ({}));
        P.$('pain-next-morning-saved').textContent = t('error', I18N.reason(b.error || r.status));
      }
    }));
  }
}

(async () => {
  P.words();
  try {
    me = await P.header();
  } catch (e) {
    P.fail('sessions', e);
    return;
  }
  // a patient sees her own; a clinician who opens it names the patient (the API checks access)
  patient = me.role === 'patient' ? me.subject : new URLSearchParams(location.search).get('patient');
  showMorning();
  showSessions();
})();
