// Norwegian (bokmål) and English words for the patient's pages, chosen by the browser's language
// with a switch kept in localStorage; dates and times in the browser's own zone and locale.
'use strict';
const I18N = (window.I18N = (() => {
  const WORDS = {
    en: {
      connecting: 'connecting…', live: 'live', noInsole: 'No insole connected: switch it on',
      insoleOffline: 'Insole offline: check the battery', insoleReconnecting: 'Insole reconnecting…',
      unreachable: 'Service unreachable: reconnecting…', logout: 'Log out', history: 'My history',
      today: 'Today: {0} reps, {1}, {2} s{3}', bodyWeight: 'body weight only',
      addedLoad: '+{0} kg added load', oneLeg: ', one leg', bothLegs: ', both legs',
      setOf: 'Set {0} of {1}', valid: '{0} valid', toGo: '{0} to go', targetReached: 'target reached',
      riseWhenReady: 'Rise when ready: {0} s up', up: 'Up… {0}', hold: 'Hold… {0}',
      down: 'Down slowly… {0}', restHeel: 'Heel down, rest', rest: 'Rest {0}: next set when ready',
      noRep: 'No rep yet', counted: 'Rep {0} counted', notCounted: 'Rep {0} did not count: {1}',
      setDone: 'Set {0} done: {1} of {2} reps counted, {3} s under tension, tempo kept {4}%.',
      sound: 'Sound', speech: 'Count aloud', on: 'on', off: 'off',
      painBefore: 'Pain before the exercise?', painDuring: 'Pain during the exercise?',
      painMorning: 'Pain this morning, at your first steps?', painSaved: 'Saved: {0}/10',
      painWords: ['no pain', '', 'mild', '', 'moderate', '', 'severe', '', 'very severe', '', 'worst'],
      done: "I'm done", doneSaved: 'Session saved. Suggested next step: {0}.',
      doneNothing: 'Nothing to save yet: do a set first.', error: 'Not saved: {0}',
      sessions: 'My sessions', noSessions: 'No sessions yet.', when: 'When', sets: 'Sets',
      validReps: 'Valid reps', pain: 'Pain', back: 'Back to exercise',
      loadError: 'Your history is not available now: {0}', target: 'target',
      sideLEFT: 'left foot', sideRIGHT: 'right foot', sideUNKNOWN: 'insole',
      moveBOTTOM: 'You: heel down', moveRAISED: 'You: heel up', moveLOWERING: 'You: lowering',
      flags: {
        TOO_FAST_UP: 'too fast on the way up', TOO_FAST_DOWN: 'too fast on the way down',
        HOLD_TOO_SHORT: 'hold at the top too short', PARTIAL_RANGE: 'not a full rise',
        HEEL_LOADED_AT_TOP: 'heel took weight during the hold', HEEL_SLAM: 'heel slammed down',
        BOUNCE: 'bounced off the heel', WEIGHT_ON_OTHER_FOOT: 'weight shifted to the other foot',
        TWO_LEGGED: 'done on both legs'},
    },
    nb: {
      connecting: 'kobler til…', live: 'direkte', noInsole: 'Ingen såle tilkoblet: slå den på',
      insoleOffline: 'Sålen er frakoblet: sjekk batteriet', insoleReconnecting: 'Sålen kobler til igjen…',
      unreachable: 'Får ikke kontakt med tjenesten: prøver igjen…', logout: 'Logg ut',
      history: 'Min historikk',
      today: 'I dag: {0} repetisjoner, {1}, {2} s{3}', bodyWeight: 'bare kroppsvekt',
      addedLoad: '+{0} kg ekstra vekt', oneLeg: ', ett bein', bothLegs: ', begge bein',
      setOf: 'Sett {0} av {1}', valid: '{0} godkjent', toGo: '{0} igjen', targetReached: 'målet nådd',
      riseWhenReady: 'Gå opp når du er klar: {0} s opp', up: 'Opp… {0}', hold: 'Hold… {0}',
      down: 'Sakte ned… {0}', restHeel: 'Hælen ned, hvil', rest: 'Pause {0}: neste sett når du er klar',
      noRep: 'Ingen repetisjon ennå', counted: 'Repetisjon {0} godkjent',
      notCounted: 'Repetisjon {0} telte ikke: {1}',
      setDone: 'Sett {0} ferdig: {1} av {2} repetisjoner godkjent, {3} s under belastning, tempo holdt {4} %.',
      sound: 'Lyd', speech: 'Tell høyt', on: 'på', off: 'av',
      painBefore: 'Smerte før øvelsen?', painDuring: 'Smerte under øvelsen?',
      painMorning: 'Smerte i morges, ved de første skrittene?', painSaved: 'Lagret: {0}/10',
      painWords: ['ingen smerte', '', 'lett', '', 'moderat', '', 'sterk', '', 'svært sterk', '', 'verst tenkelig'],
      done: 'Jeg er ferdig', doneSaved: 'Økten er lagret. Foreslått neste steg: {0}.',
      doneNothing: 'Ingenting å lagre ennå: gjør et sett først.', error: 'Ikke lagret: {0}',
      sessions: 'Mine økter', noSessions: 'Ingen økter ennå.', when: 'Når', sets: 'Sett',
      validReps: 'Godkjente repetisjoner', pain: 'Smerte', back: 'Tilbake til øvelsen',
      loadError: 'Historikken er ikke tilgjengelig nå: {0}', target: 'mål',
      sideLEFT: 'venstre fot', sideRIGHT: 'høyre fot', sideUNKNOWN: 'såle',
      moveBOTTOM: 'Du: hælen nede', moveRAISED: 'Du: hælen oppe', moveLOWERING: 'Du: på vei ned',
      flags: {
        TOO_FAST_UP: 'for fort på vei opp', TOO_FAST_DOWN: 'for fort på vei ned',
        HOLD_TOO_SHORT: 'for kort hold på toppen', PARTIAL_RANGE: 'ikke helt opp',
        HEEL_LOADED_AT_TOP: 'hælen tok vekt under holdet', HEEL_SLAM: 'hælen slo i gulvet',
        BOUNCE: 'spratt opp fra hælen', WEIGHT_ON_OTHER_FOOT: 'vekten gikk over på den andre foten',
        TWO_LEGGED: 'gjort på begge bein'},
    },
  };
  const pick = () => {
    const saved = localStorage.getItem('plantaris.lang');
    if (saved && WORDS[saved]) return saved;
    const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (const l of langs) {
      const base = String(l || '').toLowerCase().split('-')[0];
      if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
      if (base === 'en') return 'en';
    }
    return 'en';
  };
  let lang = pick();
  const api = {
    get lang() { return lang; },
    locale() { return lang === 'nb' ? 'nb-NO' : (navigator.language || 'en'); },
    t(key, ...args) {
      const w = WORDS[lang][key] ?? WORDS.en[key] ?? key;
      return typeof w === 'string' ? w.replace(/\{(\d)\}/g, (m, i) => String(args[i] ?? '')) : w;
    },
    flag(name) { return WORDS[lang].flags[name] || WORDS.en.flags[name] || name; },
    set(l) { localStorage.setItem('plantaris.lang', l); lang = l; document.documentElement.lang = l; },
    // the switch: a button that flips the language and calls back to redraw
    switcher(button, redraw) {
      const label = () => { button.textContent = lang === 'nb' ? 'English' : 'Norsk'; };
      label();
      button.addEventListener('click', () => { api.set(lang === 'nb' ? 'en' : 'nb'); label(); redraw(); });
    },
    dateTime(ms) {
      return new Date(ms).toLocaleString(api.locale(), {dateStyle: 'medium', timeStyle: 'short'});
    },
    day(ms) { return new Date(ms).toLocaleDateString(api.locale(), {dateStyle: 'medium'}); },
    localDay(ms) { // yyyy-mm-dd in the browser's zone, for "is it the next day yet"
      const d = new Date(ms);
      return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-'
        + String(d.getDate()).padStart(2, '0');
    },
  };
  document.documentElement.lang = lang;
  return api;
})());
