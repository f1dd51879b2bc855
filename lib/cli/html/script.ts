/**
 * The page's script (inlined): a tooltip with the fields of the records under the pointer or the keyboard focus
 * (innermost first, for nested records), and the legend's buttons that hide or show one type's highlights.
 * The fields come from the JSON each section carries, already laid out by the CLI.
 */
export const SCRIPT = `(() => {
  const tip = document.getElementById('tip');
  const cache = new WeakMap();
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const recordsOf = (doc) => {
    if (!cache.has(doc)) cache.set(doc, JSON.parse(doc.querySelector('script.records').textContent));
    return cache.get(doc);
  };
  let current = null;
  const hide = () => { tip.hidden = true; current = null; };
  function show(mark) {
    const records = recordsOf(mark.closest('.doc'));
    const html = [];
    for (let m = mark; m; m = m.parentElement.closest('mark[data-r]')) {
      const r = records[m.dataset.r];
      const fields = r.fields.map(([k, v]) => '<dt>' + esc(k) + '</dt><dd>' + esc(v) + '</dd>').join('');
      html.push('<div class="rec t-' + r.type + '"><div class="head"><span class="chip">' + r.type + '</span><span class="said">'
        + esc(r.text) + '</span></div><dl>' + fields + '</dl><div class="where">' + esc(r.where) + '</div></div>');
    }
    tip.innerHTML = html.join('');
    tip.hidden = false;
    current = mark;
    const box = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = Math.max(8, Math.min(box.left, width - tip.offsetWidth - 8));
    const below = box.bottom + 6 + tip.offsetHeight <= window.innerHeight;
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = (below ? box.bottom + 6 : box.top - 6 - tip.offsetHeight) + window.scrollY + 'px';
  }
  const markAt = (e) => (e.target.closest ? e.target.closest('mark[data-r]') : null);
  document.addEventListener('mouseover', (e) => { const m = markAt(e); if (m) { if (m !== current) show(m); } else if (current) hide(); });
  document.addEventListener('focusin', (e) => { const m = markAt(e); if (m) show(m); else hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  window.addEventListener('resize', hide);
  document.addEventListener('click', (e) => {
    const button = e.target.closest ? e.target.closest('.legend button[data-type]') : null;
    if (!button) return;
    const shown = button.getAttribute('aria-pressed') !== 'false';
    button.setAttribute('aria-pressed', String(!shown));
    button.closest('.doc').classList.toggle('hide-' + button.dataset.type, shown);
  });
})();`;
