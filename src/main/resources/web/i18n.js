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
      sessionSaved: 'Session saved', sessionTally: 'Sets done: {0} · reps counted: {1} of {2}',
      setOf: 'Set {0} of {1}', valid: '{0} valid', toGo: '{0} to go', targetReached: 'target reached',
      riseWhenReady: 'Rise when ready: {0} s up', up: 'Up… {0}', hold: 'Hold… {0}',
      down: 'Down slowly… {0}', restHeel: 'Heel down, rest', rest: 'Rest {0}: next set when ready',
      noRep: 'No rep yet', counted: 'Rep {0} counted', notCounted: 'Rep {0} did not count: {1}',
      setDone: 'Set {0} done: {1} of {2} reps counted, {3} s under tension, tempo kept {4}%.',
      setDoneUntimed: 'Set {0} done: {1} of {2} reps counted, {3} s under tension; this insole cannot time the phases on a flat floor.',
      sound: 'Sound', speech: 'Count aloud', on: 'on', off: 'off',
      painBefore: 'Pain before the exercise?', painDuring: 'Pain during the exercise?',
      painMorning: 'Pain this morning, at your first steps?', painSaved: 'Saved: {0}/10',
      painWords: ['no pain', '', 'mild', '', 'moderate', '', 'severe', '', 'very severe', '', 'worst'],
      done: "I'm done", doneSaved: 'Session saved. Suggested next step: {0}.',
      doneNothing: 'Nothing to save yet: do a set first.', error: 'Not saved: {0}',
      doneUnseen: 'Nothing to save: no heel raise was counted.',
      guideBlind: 'Not counted here: see above.',
      sessions: 'My sessions', noSessions: 'No sessions yet.', when: 'When', sets: 'Sets',
      validReps: 'Valid reps', pain: 'Pain', back: 'Back to exercise',
      loadError: 'Your history is not available now: {0}', target: 'target',
      sideLEFT: 'left foot', sideRIGHT: 'right foot', sideUNKNOWN: 'insole',
      blindSTEP_EDGE: 'The insole on your {0} cannot see heel raises here: the heel hangs over the step edge and its front zone carries all your weight, so no rep is counted. Do them on the floor, with a towel under your toes.',
      blindZONE_SILENT: 'A zone of the insole on your {0} has stopped measuring, so reps cannot be counted. Check the insole and its cable.',
      blindEDGE_UNSEEN: 'The insole on your {0} sees too little of your heel raises over the step edge to count them: the pressure under the foot hardly changes as the heel rises. Do them on the floor, with a towel under your toes.',
      moveBOTTOM: 'You: heel down', moveRAISED: 'You: heel up', moveLOWERING: 'You: lowering',
      // every page
      switchTo: 'Norsk', roleclinician: 'clinician', roleadmin: 'admin', rolepatient: 'patient',
      loading: 'Loading…', myPatients: 'My patients', patientWord: 'Patient',
      // login
      loginTitle: 'Plantaris – log in', user: 'User', password: 'Password',
      code: 'Code from your authenticator app', logIn: 'Log in', loginFailed: 'login failed ({0})',
      sessionGone: 'Your login has ended: log in again.',
      // clinician list
      clinicianTitle: 'Plantaris – my patients', patients: 'Patients',
      adherenceNote: 'Adherence counts sessions over the last 4 weeks against the prescribed interval.',
      noPatients: 'No patients are assigned to you yet.', colPatient: 'Patient',
      colSessions4w: 'Sessions (4 weeks)', colLast: 'Last session', colAttention: 'Needs attention',
      ofN: '{0} of {1}', nothingToCheck: 'nothing to check',
      // one patient
      patientTitle: 'Plantaris – patient', decisionsTitle: 'Progression decisions',
      trendsTitle: 'Weekly trends', lastWeeks: '(last {0} weeks)', sessionsTitle: 'Sessions',
      chartReps: 'Reps per week', chartTension: 'Time under tension (min per week)', chartLoad: 'Load',
      chartQuality: 'Rep quality (% of reps or phases)', chartPain: 'Pain (0–10)',
      allReps: 'all reps', validRepsS: 'valid reps', minutes: 'minutes', addedKg: 'added load (kg)',
      volumeKg: 'reps × added kg', tempoKept: 'tempo kept', heelLoading: 'heel loading',
      painDuringMean: 'during exercise (mean)', painMorningWorst: 'next morning (worst)',
      weekOf: 'week of', noSessionsWeeks: 'No sessions in these weeks.', colDay: 'Day',
      colValidAll: 'Valid / all reps', colTension: 'Time under tension', report: 'report',
      decided: 'decided {0}', rule: 'rule {0}', inForce: 'In force: {0}',
      notePlaceholder: 'note (needed to override)', accept: 'Accept', override: 'Override',
      noDecisions: 'No decisions yet.', decisionsMissing: 'Decisions are not served by this service yet.',
      todayLabel: 'Today: {0}',
      statusPROPOSED: 'proposed', statusACCEPTED: 'accepted', statusOVERRIDDEN: 'overridden',
      // session report
      reportTitle: 'Session report', sessionOf: 'Session of {0}, {1}', validAll: 'valid / all reps',
      setsWord: 'sets', targetPhases: 'target up · hold · down (±{0}%)', rxInForce: 'prescription in force',
      everyRepCounted: 'Every rep counted.', repsN: '{0}: {1} reps', repN1: '{0}: 1 rep',
      colSet: 'Set', colValidAllShort: 'Valid / all', colTempoKept: 'Tempo kept',
      colTempoError: 'Mean tempo error', colLoadSignal: 'Load signal', colRep: 'Rep', colUp: 'Up',
      colHold: 'Hold', colDown: 'Down', colHeight: 'Height', colRange: 'Range', colVerdict: 'Verdict',
      repCounted: 'counted', repNotCounted: 'did not count: {0}', noPainThatDay: 'No pain reported that day.',
      painAt: '{0}: {1} of 10 at {2}', noDecision: 'No progression decision for this session.',
      decisionTitle: 'Progression decision', faults: 'Faults', painTitle: 'Pain', setsTitle: 'Sets',
      repsTitle: 'Reps', phaseTimes: 'Phase times: ', onTarget: 'on target', tooShort: 'too short',
      tooLong: 'longer than target', targetIs: '{0} (target {1})', curvesTitle: 'Rep curves',
      showCurves: "show this rep's curves", noCurves: "No curves stored for this session's reps.",
      curveRep: 'Rep', curveLabel: 'Set {0} · rep {1} – {2}', fromRepStart: "s from the rep's start",
      heelShare: 'heel share (%)', heelShareRef: 'heel share, counted rep {0} (%)', pitch: 'pitch (°)',
      secondsFromRise: 'seconds from the start of the rise', heelShareAxis: 'heel share %',
      pitchAxis: 'pitch °', targetPhase: 'target {0} {1} s', phaseup: 'up', phasehold: 'hold',
      phasedown: 'down',
      rmCOMPLETED_WITH_RESERVE: 'completed with reserve', rmDEGRADED: 'last reps lost height or tempo',
      rmENDED_EARLY: 'ended early',
      painKindbefore: 'before', painKindduring: 'during', painKindafter: 'after',
      'painKindnext-morning': 'next morning',
      // the patient's own history
      historyTitle: 'Plantaris – my history', decisionWords: 'Next step', noDecisionYet: 'not decided yet',
      setsOf: '{0} sets', painBeforeShort: 'before', painDuringShort: 'during',
      painMorningShort: 'next morning', morningFor: 'after the session of {0}',
      actionKEEP: 'keep as now', actionINCREASE_LOAD: 'add {0}', actionREDUCE_LOAD: 'reduce by {0}',
      actionNEXT_PHASE: 'next phase', actionNEXT_PHASE_ADD: 'next phase, add {0}',
      actionBACK_TO_TWO_LEGGED: 'back to two-legged', actionTO_SINGLE_LEG: 'single-leg again',
      actionREST: 'rest', kg: '{0} kg', details: 'Details',
      decisionProposed: 'suggested, your physiotherapist will look at it',
      decisionReviewed: 'set by your physiotherapist', liveTitle: 'Plantaris – live set',
      standOn: 'Stand on the insole, heel down', mapsLabel: 'pressure under each foot', rate: '{0} samples/s',
      flags: {
        TOO_FAST_UP: 'too fast on the way up', TOO_FAST_DOWN: 'too fast on the way down',
        HOLD_TOO_SHORT: 'hold at the top too short', PARTIAL_RANGE: 'not a full rise',
        HEEL_LOADED_AT_TOP: 'heel took weight during the hold', HEEL_SLAM: 'heel slammed down',
        BOUNCE: 'bounced off the heel', WEIGHT_ON_OTHER_FOOT: 'weight shifted to the other foot',
        TWO_LEGGED: 'done on both legs'},
      countedUncertain: 'Rep {0} counted, not checked: {1}', repUncertain: 'counted, not checked: {0}',
      uncertainLabel: 'counted, not all checked',
      checks: {
        TOO_FAST_UP: 'the pace up', TOO_FAST_DOWN: 'the pace down', HOLD_TOO_SHORT: 'the hold at the top',
        PARTIAL_RANGE: 'the height', HEEL_LOADED_AT_TOP: 'the heel at the top', HEEL_SLAM: 'the landing',
        BOUNCE: 'the pause at the bottom', WEIGHT_ON_OTHER_FOOT: 'the weight on the other foot',
        TWO_LEGGED: 'one leg or two'},
      doubts: {
        NOT_OBSERVABLE: 'this insole cannot see it on a flat floor',
        NEAR_LIMIT: 'too close to the limit to tell', CURVE_INCOMPLETE: 'the whole rep was not seen',
        SMALL_MOVEMENT: 'the insole saw too little movement to time it',
        REST_UNREADABLE: 'the pause before it could not be measured',
        DATA_GAP: 'some of the insole\'s readings were lost during it',
        STANDING_LOAD_UNKNOWN: 'your standing weight is not learnt yet',
        OTHER_FOOT_UNSEEN: 'no insole under the other foot shows whether it rose too',
        NO_FULL_REP_YET: 'no rep has risen high enough yet to compare its height with'},
    },
    nb: {
      connecting: 'kobler til…', live: 'direkte', noInsole: 'Ingen såle tilkoblet: slå den på',
      insoleOffline: 'Sålen er frakoblet: sjekk batteriet', insoleReconnecting: 'Sålen kobler til igjen…',
      unreachable: 'Får ikke kontakt med tjenesten: prøver igjen…', logout: 'Logg ut',
      history: 'Min historikk',
      today: 'I dag: {0} repetisjoner, {1}, {2} s{3}', bodyWeight: 'bare kroppsvekt',
      addedLoad: '+{0} kg ekstra vekt', oneLeg: ', ett bein', bothLegs: ', begge bein',
      sessionSaved: 'Økten er lagret', sessionTally: 'Sett fullført: {0} · godkjente repetisjoner: {1} av {2}',
      setOf: 'Sett {0} av {1}', valid: '{0} godkjent', toGo: '{0} igjen', targetReached: 'målet nådd',
      riseWhenReady: 'Gå opp når du er klar: {0} s opp', up: 'Opp… {0}', hold: 'Hold… {0}',
      down: 'Sakte ned… {0}', restHeel: 'Hælen ned, hvil', rest: 'Pause {0}: neste sett når du er klar',
      noRep: 'Ingen repetisjon ennå', counted: 'Repetisjon {0} godkjent',
      notCounted: 'Repetisjon {0} telte ikke: {1}',
      setDone: 'Sett {0} ferdig: {1} av {2} repetisjoner godkjent, {3} s under belastning, tempo holdt {4} %.',
      setDoneUntimed: 'Sett {0} ferdig: {1} av {2} repetisjoner godkjent, {3} s under belastning; denne sålen kan ikke ta tiden på fasene på flatt gulv.',
      sound: 'Lyd', speech: 'Tell høyt', on: 'på', off: 'av',
      painBefore: 'Smerte før øvelsen?', painDuring: 'Smerte under øvelsen?',
      painMorning: 'Smerte i morges, ved de første skrittene?', painSaved: 'Lagret: {0}/10',
      painWords: ['ingen smerte', '', 'lett', '', 'moderat', '', 'sterk', '', 'svært sterk', '', 'verst tenkelig'],
      done: 'Jeg er ferdig', doneSaved: 'Økten er lagret. Foreslått neste steg: {0}.',
      doneNothing: 'Ingenting å lagre ennå: gjør et sett først.', error: 'Ikke lagret: {0}',
      doneUnseen: 'Ingenting å lagre: ingen hælløft ble talt.',
      guideBlind: 'Telles ikke her: se over.',
      sessions: 'Mine økter', noSessions: 'Ingen økter ennå.', when: 'Når', sets: 'Sett',
      validReps: 'Godkjente repetisjoner', pain: 'Smerte', back: 'Tilbake til øvelsen',
      loadError: 'Historikken er ikke tilgjengelig nå: {0}', target: 'mål',
      sideLEFT: 'venstre fot', sideRIGHT: 'høyre fot', sideUNKNOWN: 'såle',
      blindSTEP_EDGE: 'Sålen på {0} ser ikke hælløftene her: hælen henger over trappekanten og den fremre sonen bærer all vekten, så ingen repetisjon telles. Gjør dem på gulvet, med et håndkle under tærne.',
      blindZONE_SILENT: 'En sone i sålen på {0} har sluttet å måle, så repetisjonene kan ikke telles. Sjekk sålen og ledningen.',
      blindEDGE_UNSEEN: 'Sålen på {0} ser for lite av hælløftene over trappekanten til å telle dem: trykket under foten endrer seg knapt når hælen løftes. Gjør dem på gulvet, med et håndkle under tærne.',
      moveBOTTOM: 'Du: hælen nede', moveRAISED: 'Du: hælen oppe', moveLOWERING: 'Du: på vei ned',
      switchTo: 'English', roleclinician: 'kliniker', roleadmin: 'administrator', rolepatient: 'pasient',
      loading: 'Laster…', myPatients: 'Mine pasienter', patientWord: 'Pasient',
      loginTitle: 'Plantaris – logg inn', user: 'Bruker', password: 'Passord',
      code: 'Kode fra autentiseringsappen', logIn: 'Logg inn', loginFailed: 'innloggingen mislyktes ({0})',
      sessionGone: 'Innloggingen er utløpt: logg inn igjen.',
      clinicianTitle: 'Plantaris – mine pasienter', patients: 'Pasienter',
      adherenceNote: 'Oppfølging teller økter de siste 4 ukene mot det foreskrevne intervallet.',
      noPatients: 'Du har ingen pasienter ennå.', colPatient: 'Pasient',
      colSessions4w: 'Økter (4 uker)', colLast: 'Siste økt', colAttention: 'Trenger oppmerksomhet',
      ofN: '{0} av {1}', nothingToCheck: 'ingenting å sjekke',
      patientTitle: 'Plantaris – pasient', decisionsTitle: 'Progresjonsbeslutninger',
      trendsTitle: 'Ukentlige trender', lastWeeks: '(siste {0} uker)', sessionsTitle: 'Økter',
      chartReps: 'Repetisjoner per uke', chartTension: 'Tid under belastning (min per uke)',
      chartLoad: 'Belastning', chartQuality: 'Kvalitet (% av repetisjoner eller faser)',
      chartPain: 'Smerte (0–10)', allReps: 'alle repetisjoner', validRepsS: 'godkjente repetisjoner',
      minutes: 'minutter', addedKg: 'ekstra vekt (kg)', volumeKg: 'repetisjoner × ekstra kg',
      tempoKept: 'tempo holdt', heelLoading: 'hælbelastning', painDuringMean: 'under øvelsen (snitt)',
      painMorningWorst: 'neste morgen (verst)', weekOf: 'uke fra',
      noSessionsWeeks: 'Ingen økter i disse ukene.', colDay: 'Dag',
      colValidAll: 'Godkjente / alle repetisjoner', colTension: 'Tid under belastning',
      report: 'rapport', decided: 'besluttet {0}', rule: 'regel {0}', inForce: 'Gjelder: {0}',
      notePlaceholder: 'notat (kreves for å overstyre)', accept: 'Godta', override: 'Overstyr',
      noDecisions: 'Ingen beslutninger ennå.',
      decisionsMissing: 'Denne tjenesten gir ikke beslutninger ennå.', todayLabel: 'I dag: {0}',
      statusPROPOSED: 'foreslått', statusACCEPTED: 'godtatt', statusOVERRIDDEN: 'overstyrt',
      reportTitle: 'Øktrapport', sessionOf: 'Økt {0}, {1}', validAll: 'godkjente / alle repetisjoner',
      setsWord: 'sett', targetPhases: 'mål opp · hold · ned (±{0} %)', rxInForce: 'gjeldende resept',
      everyRepCounted: 'Alle repetisjonene ble godkjent.', repsN: '{0}: {1} repetisjoner',
      repN1: '{0}: 1 repetisjon', colSet: 'Sett', colValidAllShort: 'Godkjent / alle',
      colTempoKept: 'Tempo holdt', colTempoError: 'Snittavvik i tempo', colLoadSignal: 'Belastningssignal',
      colRep: 'Nr.', colUp: 'Opp', colHold: 'Hold', colDown: 'Ned', colHeight: 'Høyde',
      colRange: 'Utslag', colVerdict: 'Vurdering', repCounted: 'godkjent', repNotCounted: 'telte ikke: {0}',
      noPainThatDay: 'Ingen smerte meldt den dagen.', painAt: '{0}: {1} av 10 {2}',
      noDecision: 'Ingen progresjonsbeslutning for denne økten.', decisionTitle: 'Progresjonsbeslutning',
      faults: 'Feil', painTitle: 'Smerte', setsTitle: 'Sett', repsTitle: 'Repetisjoner',
      phaseTimes: 'Fasetider: ', onTarget: 'på mål', tooShort: 'for kort', tooLong: 'lengre enn målet',
      targetIs: '{0} (mål {1})', curvesTitle: 'Kurver per repetisjon', showCurves: 'vis kurvene for denne',
      noCurves: 'Ingen kurver lagret for denne øktens repetisjoner.', curveRep: 'Repetisjon',
      curveLabel: 'Sett {0} · rep. {1} – {2}', fromRepStart: 's fra starten av repetisjonen',
      heelShare: 'hælandel (%)', heelShareRef: 'hælandel, godkjent rep. {0} (%)', pitch: 'vinkel (°)',
      secondsFromRise: 'sekunder fra starten av løftet', heelShareAxis: 'hælandel %', pitchAxis: 'vinkel °',
      targetPhase: 'mål {0} {1} s', phaseup: 'opp', phasehold: 'hold', phasedown: 'ned',
      rmCOMPLETED_WITH_RESERVE: 'fullført med overskudd', rmDEGRADED: 'de siste mistet høyde eller tempo',
      rmENDED_EARLY: 'sluttet tidlig',
      painKindbefore: 'før', painKindduring: 'under', painKindafter: 'etter',
      'painKindnext-morning': 'neste morgen',
      historyTitle: 'Plantaris – min historikk', decisionWords: 'Neste steg', noDecisionYet: 'ikke bestemt ennå',
      setsOf: '{0} sett', painBeforeShort: 'før', painDuringShort: 'under',
      painMorningShort: 'neste morgen', morningFor: 'etter økten {0}',
      actionKEEP: 'fortsett som nå', actionINCREASE_LOAD: 'legg på {0}', actionREDUCE_LOAD: 'reduser med {0}',
      actionNEXT_PHASE: 'neste fase', actionNEXT_PHASE_ADD: 'neste fase, legg på {0}',
      actionBACK_TO_TWO_LEGGED: 'tilbake til tobeins', actionTO_SINGLE_LEG: 'ettbeins igjen',
      actionREST: 'hvile', kg: '{0} kg', details: 'Detaljer',
      decisionProposed: 'foreslått, fysioterapeuten din ser på det',
      decisionReviewed: 'bestemt av fysioterapeuten din', liveTitle: 'Plantaris – direkte',
      standOn: 'Stå på sålen, hælen nede', mapsLabel: 'trykk under hver fot', rate: '{0} målinger/s',
      flags: {
        TOO_FAST_UP: 'for fort på vei opp', TOO_FAST_DOWN: 'for fort på vei ned',
        HOLD_TOO_SHORT: 'for kort hold på toppen', PARTIAL_RANGE: 'ikke helt opp',
        HEEL_LOADED_AT_TOP: 'hælen tok vekt under holdet', HEEL_SLAM: 'hælen slo i gulvet',
        BOUNCE: 'spratt opp fra hælen', WEIGHT_ON_OTHER_FOOT: 'vekten gikk over på den andre foten',
        TWO_LEGGED: 'gjort på begge bein'},
      countedUncertain: 'Repetisjon {0} godkjent, ikke sjekket: {1}', repUncertain: 'godkjent, ikke sjekket: {0}',
      uncertainLabel: 'godkjent, ikke alt sjekket',
      checks: {
        TOO_FAST_UP: 'tempoet opp', TOO_FAST_DOWN: 'tempoet ned', HOLD_TOO_SHORT: 'holdet på toppen',
        PARTIAL_RANGE: 'høyden', HEEL_LOADED_AT_TOP: 'hælen på toppen', HEEL_SLAM: 'landingen',
        BOUNCE: 'pausen nederst', WEIGHT_ON_OTHER_FOOT: 'vekten på den andre foten',
        TWO_LEGGED: 'ett eller to bein'},
      doubts: {
        NOT_OBSERVABLE: 'denne sålen kan ikke se det på flatt gulv',
        NEAR_LIMIT: 'for nær grensen til å avgjøre', CURVE_INCOMPLETE: 'hele repetisjonen ble ikke sett',
        SMALL_MOVEMENT: 'sålen så for lite bevegelse til å ta tiden',
        REST_UNREADABLE: 'pausen før kunne ikke måles',
        DATA_GAP: 'noen av sålens målinger gikk tapt underveis',
        STANDING_LOAD_UNKNOWN: 'ståvekten din er ikke lært ennå',
        OTHER_FOOT_UNSEEN: 'ingen såle under den andre foten viser om den også løftet seg',
        NO_FULL_REP_YET: 'ingen repetisjon har gått høyt nok ennå til å sammenligne høyden med'},
    },
  };
  // nb phrases for the progression engine's and the attention list's English reasons, longest
  // first; numbers are kept as they come
  const N = '(\\d+(?:\\.\\d+)?)';
  const REASONS = [
    [/wrong user or password/g, 'feil bruker eller passord'], [/^wrong code$/g, 'feil kode'],
    [/enter the 6-digit code of your authenticator app/g, 'skriv inn den sekssifrede koden fra autentiseringsappen'],
    [/too many failed logins from this address/g, 'for mange mislykkede innlogginger fra denne adressen'],
    [/too many failed logins for /g, 'for mange mislykkede innlogginger for '],
    [/; try again in a second/g, '; prøv igjen om et sekund'], [/; try again in /g, '; prøv igjen om '],
    [/too many logins at once/g, 'for mange innlogginger samtidig'],
    [/log in first/g, 'logg inn først'], [/Failed to fetch/g, 'får ikke kontakt med tjenesten'],
    [/\(rule /g, '(regel '],
    [/, single-leg, /g, ', ettbeins, '], [/, two-legged, /g, ', tobeins, '],
    [/, every (\d+) days/g, ', hver $1. dag'], [/default prescription/g, 'standardresept'],
    [/pain during exercise rising: /g, 'smerte under øvelsen stiger: '],
    [/ \(the two weeks before vs the last two\)/g, ' (de to ukene før mot de to siste)'],
    [/heel-loading flags rising: /g, 'flere repetisjoner med hælbelastning: '],
    [/ \(heel took weight during the hold, slammed down or bounced\)/g,
      ' (hælen tok vekt under holdet, slo i gulvet eller spratt)'],
    [/missed sessions: /g, 'uteblitte økter: '],
    [new RegExp(' prescribed \\(every ' + N + ' days\\) in the last ' + N + ' days', 'g'),
      ' foreskrevet (hver $1. dag) de siste $2 dagene'],
    [/no session recorded yet/g, 'ingen økt registrert ennå'],
    [new RegExp('no session for ' + N + ' days', 'g'), 'ingen økt på $1 dager'],
    [/a decision waits for your review: /g, 'en beslutning venter på din vurdering: '],
    [/during the session is above/g, 'under økten er over'],
    [/next morning is above/g, 'neste morgen er over'],
    [/\(unacceptable\)/g, '(uakseptabelt)'],
    [/rest until it settles/g, 'hvil til det roer seg'],
    [/next-morning pain /g, 'smerte neste morgen '],
    [/ points? worse than /g, ' poeng verre enn '],
    [/before the session/g, 'før økten'],
    [/ sessions? missed since the previous one, within the allowance of /g,
      ' økt(er) uteblitt siden forrige, innenfor det tillatte '],
    [new RegExp(' sessions missed since the previous one \\(every ' + N + ' days prescribed, limit ', 'g'),
      ' økter uteblitt siden forrige (hver $1. dag foreskrevet, grense '],
    [new RegExp(' sessions missed since the previous one \\(every ' + N + ' days prescribed\\)', 'g'),
      ' økter uteblitt siden forrige (hver $1. dag foreskrevet)'],
    [/best single-leg set had /g, 'beste ettbeins sett hadde '],
    [/back to two-legged raises \(up on two, down on one\)/g, 'tilbake til tobeins hælløft (opp på to, ned på ett)'],
    [/already at body weight on two legs/g, 'allerede bare kroppsvekt på to bein'],
    [/already at body weight, back to two-legged raises/g, 'allerede bare kroppsvekt, tilbake til tobeins hælløft'],
    [/weakest set ended after /g, 'svakeste sett sluttet etter '],
    [/ short: the load is above /g, ' for lite: belastningen er over '],
    [/the load is at /g, 'belastningen er på '],
    [/during the session is acceptable/g, 'under økten er akseptabel'],
    [/ but not safe /g, ', men ikke trygg '],
    [/no pain score for the session/g, 'ingen smerteskår for økten'],
    [/during the session, no next-morning report yet/g, 'under økten, ingen morgenrapport ennå'],
    [/until the 24-hour response is in/g, 'til svaret etter 24 timer er inne'],
    [/until training is regular again/g, 'til treningen er jevn igjen'],
    [/heel loading in /g, 'hælbelastning i '],
    [/, limit /g, ', grense '],
    [/and work on control/g, 'og jobb med kontrollen'],
    [/tempo adherence /g, 'tempo holdt '],
    [/\(below /g, '(under '],
    [/until the tempo holds/g, 'til tempoet holder'],
    [/ sets done/g, ' sett gjort'],
    [/until all sets are done/g, 'til alle settene er gjort'],
    [/ sets? of /g, ' sett med '],
    [/ valid reps/g, ' godkjente repetisjoner'],
    [/valid reps /g, 'godkjente repetisjoner '],
    [/but the last reps lost height or tempo in /g, 'men de siste repetisjonene mistet høyde eller tempo i '],
    [/ sets?\b/g, ' sett'],
    [/ reps\b/g, ' repetisjoner'],
    [/keep body weight/g, 'behold bare kroppsvekt'],
    [/\bat body weight/g, 'med bare kroppsvekt'],
    [/\bbody weight/g, 'kroppsvekt'],
    [/\bkeep /g, 'behold '],
    [/\bat (\d)/g, 'med $1'],
    [/and settled next morning/g, 'og rolig neste morgen'],
    [/week (\d+) of the programme: move from /g, 'uke $1 av programmet: gå fra '],
    [/ sessions in a row with reserve/g, ' økter på rad med overskudd'],
    [/once more/g, 'én gang til'],
    [/try single-leg again/g, 'prøv ettbeins igjen'],
    [/single-leg again/g, 'ettbeins igjen'],
    [/back to two-legged/g, 'tilbake til tobeins'],
    [/two-legged/g, 'tobeins'],
    [/next phase/g, 'neste fase'],
    [/reduce by /g, 'reduser med '],
    [/\badd /g, 'legg på '],
    [/ to (\d|kroppsvekt)/g, ' til $1'],
    [/ to /g, ' til '],
    [/\bpain /g, 'smerte '],
    [/\brest\b/g, 'hvile'],
    [/ of /g, ' av '],
    [/ below /g, ' under '],
    [/ before /g, ' før '],
    [/ and /g, ' og '],
    [/ is /g, ' er '],
  ];
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
    keys() { return Object.keys(WORDS.en); }, // for tests: a key shown raw is a missing word
    flag(name) { return WORDS[lang].flags[name] || WORDS.en.flags[name] || name; },
    // what the analysis could not check ([{flag, doubt}]), grouped by reason:
    // "the hold at the top (too close to the limit to tell)"
    doubts(list) {
      const byReason = new Map();
      (list || []).forEach((d) => {
        const why = WORDS[lang].doubts[d.doubt] || WORDS.en.doubts[d.doubt] || d.doubt;
        const what = WORDS[lang].checks[d.flag] || WORDS.en.checks[d.flag] || d.flag;
        byReason.set(why, [...(byReason.get(why) || []), what]);
      });
      return [...byReason].map(([why, what]) => what.join(', ') + ' (' + why + ')').join('; ');
    },
    set(l) { localStorage.setItem('plantaris.lang', l); lang = l; document.documentElement.lang = l; },
    // the switch: a button that flips the language and calls back to redraw
    switcher(button, redraw) {
      const label = () => {
        button.textContent = lang === 'nb' ? 'English' : 'Norsk';
        button.lang = lang === 'nb' ? 'en' : 'nb';
      };
      label();
      button.addEventListener('click', () => { api.set(lang === 'nb' ? 'en' : 'nb'); label(); redraw(); });
    },
    // fills every element marked data-i18n (text), -placeholder, -title and -label (aria-label)
    apply(root) {
      const r = root || document;
      r.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = api.t(e.dataset.i18n); });
      r.querySelectorAll('[data-i18n-placeholder]').forEach((e) => {
        e.placeholder = api.t(e.dataset.i18nPlaceholder);
      });
      r.querySelectorAll('[data-i18n-title]').forEach((e) => { e.title = api.t(e.dataset.i18nTitle); });
      r.querySelectorAll('[data-i18n-label]').forEach((e) => {
        e.setAttribute('aria-label', api.t(e.dataset.i18nLabel));
      });
    },
    number(n) { return new Intl.NumberFormat(api.locale(), {maximumFractionDigits: 2}).format(n); },
    kg(n) { return api.t('kg', api.number(n)); },
    // a decision's change ({action, loadChangeKg}) in words, from its fields, not the server's English
    action(c) {
      if (!c) return '';
      const kg = Math.abs(c.loadChangeKg || 0);
      if (c.action === 'NEXT_PHASE' && kg > 0) return api.t('actionNEXT_PHASE_ADD', api.kg(kg));
      const w = WORDS[lang]['action' + c.action];
      return w ? api.t('action' + c.action, api.kg(kg)) : (c.words || c.action);
    },
    // a reason sentence the server writes in English, phrase by phrase in the chosen language
    reason(text) {
      if (lang === 'en' || !text) return text;
      return REASONS.reduce((s, [re, to]) => s.replace(re, to), String(text));
    },
    // uPlot's date formatter: axis and legend dates through Intl in the chosen locale and the
    // browser's own zone (uPlot's default names are English)
    uplotDate(opts) {
      const f = new Intl.DateTimeFormat(api.locale(), opts || {day: 'numeric', month: 'short'});
      return () => (d) => f.format(d);
    },
    dateTime(ms) {
      return new Date(ms).toLocaleString(api.locale(), {dateStyle: 'medium', timeStyle: 'short'});
    },
    day(ms) { return new Date(ms).toLocaleDateString(api.locale(), {dateStyle: 'medium'}); },
  };
  document.documentElement.lang = lang;
  return api;
})());
