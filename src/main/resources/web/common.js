// Shared by the clinician's and the patient's history pages: JSON requests with the session cookie
// and CSRF token, small DOM helpers, date formats and the words of i18n.js. No framework.
'use strict';
const P = (window.P = {
  csrf: null,
  $(id) { return document.getElementById(id); },

  async json(url, options) {
    const r = await fetch(url, Object.assign({credentials: 'same-origin'}, options));
    if (r.status === 401) {
      location.href = '/login?next=' + encodeURIComponent(location.pathname + location.search);
      throw new Error(I18N.t('sessionGone'));
    }
    const body = await r.json().catch(() => null);
    if (!r.ok) {
      const e = new Error((body && body.error) || 'HTTP ' + r.status);
      e.status = r.status;
      throw e;
    }
    return body;
  },

  async post(url, body) {
    if (!P.csrf) P.csrf = (await P.json('/api/me')).csrf;
    return P.json(url, {method: 'POST', body: JSON.stringify(body),
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': P.csrf}});
  },

  // el('td', {class: 'ok'}, 'text', otherNode)
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v);
    }
    for (const c of children) e.append(c instanceof Node ? c : String(c ?? ''));
    return e;
  },

  // dates and times in the browser's own zone and locale (Intl), not UTC
  locale() { return I18N.locale(); },

  day(iso) {
    return iso ? new Intl.DateTimeFormat(P.locale(),
      {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'}).format(new Date(iso)) : '–';
  },

  time(iso) {
    return iso ? new Intl.DateTimeFormat(P.locale(),
      {hour: '2-digit', minute: '2-digit'}).format(new Date(iso)) : '';
  },

  t: I18N.t,

  fail(where, e) {
    P.$(where).replaceChildren(P.el('p', {class: 'error', role: 'alert'}, I18N.reason(e.message)));
  },

  // the page's fixed words now, and again (a reload redraws the charts too) on a switch
  words() {
    I18N.apply();
    if (P.$('lang')) I18N.switcher(P.$('lang'), () => location.reload());
  },

  async header() {
    const me = await P.json('/api/me');
    P.csrf = me.csrf;
    P.$('who').textContent = me.user + (me.role === 'patient' ? '' : ' (' + I18N.t('role' + me.role) + ')');
    P.$('logout').addEventListener('click', async () => {
      await fetch('/logout', {method: 'POST', headers: {'X-CSRF-Token': P.csrf}});
      location.href = '/login';
    });
    return me;
  },
});
