// Rep curves on the session report: one chart for the rep picked (a select, or a click on a rep's
// row), heel share (% of the insole's load, left axis) and pitch (degrees, right axis) against
// seconds from the rep's start, over the prescription's phase targets as bands and the rep's own
// phase ends as dashed lines. A counted rep's heel share is drawn thin and grey for comparison, so
// a heel taking weight at the top stands out.
'use strict';
const RepCurves = (() => {
  const BANDS = [['up', '#1c5bb014'], ['hold', '#2e7d3218'], ['down', '#6a1b9a12']];
  const pct = (v) => (v === null ? null : Math.round(v * 1000) / 10);
  // the flag each phase (and the range) is judged by, and the doubts that leave it unmeasured
  const PHASE_FLAG = {up: 'TOO_FAST_UP', hold: 'HOLD_TOO_SHORT', down: 'TOO_FAST_DOWN', range: 'PARTIAL_RANGE'};
  const UNTIMED = ['NOT_OBSERVABLE', 'SMALL_MOVEMENT'];
  // why the insole could not time this phase of the rep ({flag, doubt}); undefined when it did
  const untimed = (r, key) => (r.doubts || []).find((d) => d.flag === PHASE_FLAG[key] && UNTIMED.includes(d.doubt));

  const t = I18N.t;
  function label(r) {
    const why = r.flags ? r.flags.map(I18N.flag) : r.reasons;
    return t('curveLabel', r.set, r.rep, r.valid ? t('repCounted') : t('repNotCounted', why.join(', ')));
  }

  // The prescription's phases as bands from the rep's start, and the rep's own phase ends.
  function phasePlugin(rx, rep) {
    return {hooks: {drawClear: [(u) => {
      const c = u.ctx; const top = u.bbox.top; const h = u.bbox.height;
      const x = (ms) => u.valToPos(ms / 1000, 'x', true);
      let at = 0;
      c.save();
      c.font = Math.round(11 * devicePixelRatio) + 'px sans-serif';
      for (const [key, fill] of BANDS) {
        const ms = rx[key + 'Millis'];
        c.fillStyle = fill;
        c.fillRect(x(at), top, x(at + ms) - x(at), h);
        c.fillStyle = '#555';
        c.fillText(I18N.t('targetPhase', I18N.t('phase' + key), I18N.number(ms / 1000)), x(at) + 4,
          top + 14 * devicePixelRatio);
        at += ms;
      }
      c.strokeStyle = '#333'; c.setLineDash([4, 4]); c.lineWidth = devicePixelRatio;
      let end = 0;
      for (const key of ['up', 'hold', 'down']) {
        end += rep[key + 'Millis'];
        // the rep's end is always drawn; a phase end the insole could not time is not
        if (key !== 'down' && untimed(rep, key)) continue;
        c.beginPath(); c.moveTo(x(end), top); c.lineTo(x(end), top + h); c.stroke();
      }
      c.restore();
    }]}};
  }

  function draw(box, rx, rep, reference) {
    const c = rep.curve;
    const xs = c.tMillis.map((t) => t / 1000);
    const data = [xs, c.heelShare ? c.heelShare.map(pct) : xs.map(() => null)];
    const series = [{label: t('fromRepStart')},
      {label: t('heelShare'), stroke: '#d0342c', width: 2.5, scale: '%'}];
    if (reference) { // a counted rep's heel share, on this rep's time axis
      const ref = reference.curve;
      data.push(xs.map((t) => {
        const i = ref.tMillis.indexOf(Math.round(t * 1000));
        return i < 0 || !ref.heelShare ? null : pct(ref.heelShare[i]);
      }));
      series.push({label: t('heelShareRef', reference.rep), stroke: '#8a96a3',
        width: 1.5, dash: [6, 4], scale: '%'});
    }
    if (c.pitchDeg) {
      data.push(c.pitchDeg);
      series.push({label: t('pitch'), stroke: '#1c5bb0', width: 2, scale: 'deg'});
    }
    const opts = {
      width: Math.max(320, box.clientWidth - 16), height: 260, legend: {live: false},
      scales: {x: {time: false}, '%': {range: [0, 100]},
        deg: {range: (u, min, max) => [Math.min(-5, min), Math.max(45, max + 5)]}},
      axes: [{label: t('secondsFromRise')},
        {scale: '%', label: t('heelShareAxis'), size: 50},
        {scale: 'deg', side: 1, label: t('pitchAxis'), grid: {show: false}, size: 50}],
      series, plugins: [phasePlugin(rx, rep)],
    };
    return new uPlot(opts, data, box);
  }

  // The section: a picker and one chart; starts on the first rep that did not count.
  function section(report, onPick) {
    const withCurve = report.repRows.filter((r) => r.curve);
    if (withCurve.length === 0) {
      return [P.el('p', {id: 'no-curves'}, t('noCurves')), () => {}];
    }
    const reference = withCurve.find((r) => r.valid) || null;
    const select = P.el('select', {id: 'curve-rep'}, ...withCurve.map((r, i) =>
      P.el('option', {value: String(i)}, label(r))));
    const box = P.el('div', {class: 'chart', id: 'rep-curve'});
    const card = P.el('div', {class: 'card'}, P.el('label', {}, t('curveRep') + ' ', select), box);
    let chart = null;
    const show = (i) => {
      select.value = String(i);
      if (chart) chart.destroy();
      const rep = withCurve[i];
      chart = draw(box, report.prescription, rep, rep === reference ? null : reference);
      box.dataset.rep = rep.set + '-' + rep.rep;
      (window.plantarisCharts = window.plantarisCharts || {}).repCurve = chart;
    };
    select.addEventListener('change', () => show(Number(select.value)));
    const first = Math.max(0, withCurve.findIndex((r) => !r.valid));
    const pick = (row) => {
      const i = withCurve.indexOf(row);
      if (i >= 0) { show(i); onPick(); }
    };
    return [card, () => show(first), pick];
  }

  return {section, untimed};
})();
