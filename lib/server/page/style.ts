/** The form's styles (served as /assets/page.css); the reading view keeps the CLI's stylesheet (/assets/view.css). */
export const PAGE_STYLE = `
.panel{background:var(--paper);border:1px solid var(--line);border-radius:10px;margin:1.25rem 0;padding:1.1rem 1.5rem}
.field-label{display:block;font-weight:600;font-size:.9rem;margin-bottom:.35rem}
#text{width:100%;min-height:8rem;resize:vertical;font:15px/1.55 Charter,"Bitstream Charter","Iowan Old Style",Georgia,serif;padding:.6rem .7rem;border:1px solid var(--line);border-radius:8px;background:#fff;color:var(--ink)}
#text:focus{outline:2px solid #1d4ed8;outline-offset:0}
.files{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:.6rem 0}
.files input[type=file]{position:absolute;width:1px;height:1px;opacity:0}
#file-list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem;font-size:.8rem}
#file-list li{background:var(--page);border:1px solid var(--line);border-radius:999px;padding:.1rem .6rem;overflow-wrap:anywhere}
.options{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.25rem}
.types{display:flex;flex-wrap:wrap;gap:.3rem .8rem;border:0;margin:0;padding:0;font-size:.875rem}
.types legend{float:left;font-weight:600;margin-right:.6rem}
.types label{display:inline-flex;align-items:center;gap:.3rem;border-bottom:2px solid var(--fg);padding:0 .15rem}
.date{font-size:.875rem;font-weight:600;display:inline-flex;align-items:center;gap:.4rem}
.date input{font:inherit;font-weight:400;padding:.2rem .4rem;border:1px solid var(--line);border-radius:6px}
.button{font:inherit;font-size:.9rem;font-weight:600;padding:.4rem 1.1rem;border-radius:8px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
.button:disabled{opacity:.6;cursor:progress}
.button.secondary{background:var(--paper);color:#1d4ed8;font-weight:500;font-size:.85rem;padding:.3rem .8rem}
#run{margin-left:auto}
.link{font:inherit;font-size:.8rem;background:none;border:0;color:var(--muted);text-decoration:underline;cursor:pointer}
#status{margin:.6rem 0 0;font-size:.875rem;color:var(--muted);min-height:1.3em}
#status.error{color:#b91c1c}
.downloads{display:flex;gap:.5rem;justify-content:flex-end}
.failed{background:#fef2f2;border:1px solid #fecaca;border-radius:8px;padding:.6rem 1rem;overflow-wrap:anywhere}
body.dragging .panel{outline:3px dashed #1d4ed8;outline-offset:4px}
`;
