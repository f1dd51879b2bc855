/** The page's stylesheet (inlined: the page is self-contained). One colour per record type. */
export const TYPE_COLORS = {
  person: { fg: '#1d4ed8', bg: '#dbeafe' },
  organization: { fg: '#7e22ce', bg: '#f3e8ff' },
  place: { fg: '#047857', bg: '#d1fae5' },
  date: { fg: '#b45309', bg: '#fef3c7' },
  quantity: { fg: '#be123c', bg: '#ffe4e6' },
} as const;

const typeRules = Object.entries(TYPE_COLORS)
  .map(([t, c]) => `.t-${t}{--fg:${c.fg};--bg:${c.bg}}\n.hide-${t} mark.t-${t}{background:none;border-color:transparent;box-shadow:none}`)
  .join('\n');

export const STYLE = `
*{box-sizing:border-box}
:root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--paper:#fff;--page:#f6f7f9}
html{scroll-padding-top:4.5rem}
body{margin:0;background:var(--page);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body.with-toc{display:grid;grid-template-columns:15rem minmax(0,1fr);grid-template-areas:"toc main"}
body.with-toc>main{grid-area:main}
.toc{grid-area:toc;position:sticky;top:0;align-self:start;height:100vh;overflow:auto;padding:1.5rem 1rem;font-size:.875rem;border-right:1px solid var(--line);background:var(--paper)}
.toc h2{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .75rem}
.toc ol{list-style:none;margin:0;padding:0}
.toc li{margin:.15rem 0}
.toc a{display:flex;justify-content:space-between;gap:.5rem;padding:.25rem .5rem;border-radius:6px;color:var(--ink);text-decoration:none;overflow-wrap:anywhere}
.toc a:hover,.toc a:focus-visible{background:var(--page)}
.toc a span:first-child{min-width:0}
.toc .n{flex:none;color:var(--muted);font-variant-numeric:tabular-nums}
.toc .failed{color:var(--muted);padding:.25rem .5rem;text-decoration:line-through}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
.page-head h1{font-size:1.1rem;margin:0}
.page-head p{margin:.2rem 0 0;color:var(--muted);font-size:.875rem}
.doc{background:var(--paper);border:1px solid var(--line);border-radius:10px;margin:1.25rem 0 2rem;padding:0 0 1.5rem}
.doc>h2{font-size:1.05rem;margin:0;padding:1.1rem 1.5rem .1rem;overflow-wrap:anywhere}
.doc>.meta{margin:0;padding:0 1.5rem;color:var(--muted);font-size:.85rem}
.reading{padding-bottom:.5rem}
.legend{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.4rem;padding:.7rem 1.5rem;margin:.6rem 0 0;background:rgba(255,255,255,.94);backdrop-filter:blur(4px);border-bottom:1px solid var(--line)}
.legend button{display:inline-flex;align-items:center;gap:.4rem;font:inherit;font-size:.8rem;padding:.2rem .65rem;border:1px solid var(--line);border-radius:999px;background:var(--paper);color:var(--ink);cursor:pointer}
.legend button::before{content:"";width:.75rem;height:.75rem;border-radius:3px;background:var(--bg);border-bottom:2px solid var(--fg)}
.legend button[aria-pressed=false]{opacity:.45;text-decoration:line-through}
.legend .n{color:var(--muted);font-variant-numeric:tabular-nums}
.legend .hint{margin-left:auto;align-self:center;font-size:.75rem;color:var(--muted)}
.text{white-space:pre-wrap;overflow-wrap:break-word;font:17px/1.8 Charter,"Bitstream Charter","Iowan Old Style",Georgia,serif;padding:1rem 1.5rem .5rem;margin:0}
mark{color:inherit;background:var(--bg);border-bottom:2px solid var(--fg);border-radius:3px 3px 0 0;padding:0 1px;cursor:help}
mark mark{border-bottom:0;box-shadow:inset 0 -2px 0 var(--fg)}
mark.cont{border-top-left-radius:0}
mark:focus-visible{outline:2px solid var(--fg);outline-offset:1px}
mark:target{animation:flash 2s ease-out}
@keyframes flash{0%,40%{outline:3px solid var(--fg);outline-offset:2px}100%{outline:3px solid transparent}}
${typeRules}
.claims-title{font-size:.95rem;margin:1.5rem 1.5rem .25rem}
.cut-note{margin:.4rem 1.5rem;padding:.4rem .6rem;border-left:3px solid var(--muted);font-size:.85rem}
.cut-mark::before{content:'[highlighting stops here]';display:block;margin:.6rem 0;color:var(--muted);font-style:italic}
.claims-note{margin:0 1.5rem .6rem;color:var(--muted);font-size:.8rem}
.claims-wrap{overflow-x:auto;margin:0 1.5rem}
table.claims{width:100%;border-collapse:collapse;font-size:.85rem}
.claims th,.claims td{text-align:left;vertical-align:top;padding:.35rem .6rem;border-bottom:1px solid var(--line)}
.claims thead th{white-space:nowrap;font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600;background:var(--page)}
.claims tbody th{font-size:.85rem;background:#fbfbfc;padding-top:.6rem;border-left:3px solid ${TYPE_COLORS.quantity.fg}}
.claims tbody th.unnamed{border-left-color:var(--line);color:var(--muted);font-weight:500}
.claims tbody th .n{color:var(--muted);font-weight:400;margin-left:.4rem}
.claims td:nth-child(3){min-width:11rem}
.claims .fig{font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}
.claims .bound{color:var(--muted)}
.claims a{color:${TYPE_COLORS.quantity.fg};text-decoration:none;border-bottom:1px dotted}
.claims a:hover{border-bottom-style:solid}
.none{color:#aab1b9}
#tip{position:absolute;z-index:10;max-width:22rem;background:#1f2328;color:#f6f8fa;border-radius:8px;padding:.55rem .7rem;font-size:.8rem;line-height:1.4;box-shadow:0 8px 24px rgba(0,0,0,.25);pointer-events:none}
#tip .rec+.rec{margin-top:.5rem;padding-top:.5rem;border-top:1px solid #3d444d}
#tip .head{display:flex;gap:.4rem;align-items:baseline;margin-bottom:.25rem}
#tip .chip{font-size:.68rem;text-transform:uppercase;letter-spacing:.05em;padding:0 .35rem;border-radius:4px;background:var(--bg);color:var(--fg);font-weight:600}
#tip .said{font-weight:600;overflow-wrap:anywhere}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:.05rem .6rem;margin:0}
#tip dt{color:#9198a1}
#tip dd{margin:0;overflow-wrap:anywhere}
#tip .where{color:#9198a1;margin-top:.3rem;font-size:.72rem}
@media (max-width:52rem){body.with-toc{display:block}.toc{position:static;height:auto;border-right:0;border-bottom:1px solid var(--line)}}
@media print{.legend{position:static}#tip{display:none}}
`;
