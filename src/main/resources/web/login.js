// The login form: JSON to /login, a second step for the authenticator code when the server asks,
// then on to `next` only when it is a path on this site; Norwegian or English (i18n.js).
'use strict';

// `next` comes from the address bar, so anyone can craft it: accept only a same-origin path that
// starts with one '/', holds no backslash or control character (browsers turn '/\evil' and
// '/<tab>/evil' into '//evil'), and still names this origin once the browser has parsed it.
function safeNext(next) {
  if (!next || next[0] !== '/' || /[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  let decoded = next;
  try {
    decoded = decodeURIComponent(next);
  } catch (e) {
    return '/';
  }
  if (/^\/[\/\\]/.test(next) || /^\/[\/\\]/.test(decoded) || /[\\\u0000-\u001f\u007f]/.test(decoded)) {
    return '/';
  }
  const u = new URL(next, location.origin);
  return u.origin === location.origin ? u.pathname + u.search + u.hash : '/';
}

let lastError = '';
function words() {
  I18N.apply();
  // the live page sends a patient here when her login ended while it was open
  const why = new URLSearchParams(location.search).get('why');
  document.getElementById('notice').textContent = why === 'expired' ? I18N.t('sessionGone') : '';
  document.getElementById('error').textContent = I18N.reason(lastError);
}
I18N.switcher(document.getElementById('lang'), words);
words();

document.getElementById('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const fields = {user: document.getElementById('user').value,
                  password: document.getElementById('password').value};
  const code = document.getElementById('code').value;
  if (code) fields.code = code;
  const r = await fetch('/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                   body: JSON.stringify(fields)});
  if (r.ok) {
    location.href = safeNext(new URLSearchParams(location.search).get('next'));
    return;
  }
  const j = await r.json().catch(() => ({error: I18N.t('loginFailed', r.status)}));
  if (j.mfa) {
    document.getElementById('code-label').hidden = false;
    document.getElementById('code').focus();
  }
  lastError = j.error;
  document.getElementById('error').textContent = I18N.reason(j.error);
});
