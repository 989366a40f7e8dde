// The 0-10 pain scale with words, one tap per answer, and "pain this morning?" as the server
// decides it (the next local day after a session, until answered): shared by the live page and
// the patient's history page.
'use strict';
const Pain = (window.Pain = {
  // a fieldset with id pain-<kind>, its buttons calling pick(score), a line id pain-<kind>-saved
  scale(kind, question, given, pick) {
    const make = (tag, cls, text) => {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const fs = make('fieldset');
    fs.id = 'pain-' + kind;
    const scale = make('div', 'scale');
    const words = make('div', 'words');
    const pw = I18N.t('painWords');
    for (let i = 0; i <= 10; i++) {
      const b = make('button', '', String(i));
      b.type = 'button';
      b.dataset.score = String(i);
      b.setAttribute('aria-label', i + (pw[i] ? ' ' + pw[i] : ''));
      b.setAttribute('aria-pressed', String(given === i));
      b.addEventListener('click', () => pick(i));
      scale.append(b);
      words.append(make('span', '', pw[i]));
    }
    const saved = make('div', 'saved', given === undefined ? '' : I18N.t('painSaved', given));
    saved.id = 'pain-' + kind + '-saved';
    fs.append(make('legend', '', I18N.t(question)), scale, words, saved);
    return fs;
  },

  // whether to ask about this morning, in the browser's own zone; false when it cannot tell
  async morningDue(patient) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    try {
      const r = await fetch('/api/patients/' + encodeURIComponent(patient) + '/morning?zone='
        + encodeURIComponent(zone), {credentials: 'same-origin'});
      return r.ok && (await r.json()).due === true;
    } catch (e) {
      return false;
    }
  },

  async send(patient, csrf, kind, score) {
    return fetch('/api/patients/' + encodeURIComponent(patient) + '/pain', {method: 'POST',
      body: JSON.stringify({kind, score}), credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf || ''}});
  },
});
