/** The compare report's stylesheet: inlined in the page, allowed by its CSP hash. */
export const COMPARE_STYLE = `
:root{--ink:#1d232b;--muted:#5d6773;--line:#dfe3e8;--paper:#fbfaf7;--card:#fff;--red:#b42318;--red-bg:#fdecea;--green:#1f7a4d;--green-bg:#e6f4ec;--accent:#24508f}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 Georgia,"Times New Roman",serif}
main{max-width:1040px;margin:0 auto;padding:32px 28px 64px}
.sans,.eyebrow,.meta,.badge,nav,table,.facts,.plot text,footer{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted);margin:0}
h1{font-size:38px;line-height:1.15;margin:4px 0 8px;font-weight:700}
.lede{font-size:19px;margin:0 0 6px}
.meta{font-size:13px;color:var(--muted);margin:0}
nav.summary{margin:28px 0 36px;border-top:2px solid var(--ink);padding-top:12px}
nav.summary h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 8px}
nav.summary ol{list-style:none;margin:0;padding:0;columns:2;column-gap:28px}
nav.summary li{break-inside:avoid;padding:5px 0;border-bottom:1px solid var(--line);font-size:14px}
nav.summary a{color:var(--ink);text-decoration:none;display:flex;gap:8px;align-items:baseline}
nav.summary a:hover .label{text-decoration:underline}
nav.summary .label{flex:1}
nav.summary .n{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;padding:2px 7px;border-radius:3px;white-space:nowrap}
.badge.conflict{background:var(--red);color:#fff}
.badge.agree{background:var(--green-bg);color:var(--green)}
.badge.single{background:#eef0f3;color:var(--muted)}
section.group{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--green);border-radius:4px;padding:20px 24px 16px;margin:0 0 28px}
section.group.conflicting{border-left-color:var(--red)}
section.group h2{font-size:24px;margin:6px 0 4px;line-height:1.25}
.facts{font-size:14px;color:var(--muted);margin:0 0 12px}
.facts strong{color:var(--ink);font-size:16px}
.conflicting .facts .verdict{color:var(--red);font-weight:600}
.facts .verdict{color:var(--green);font-weight:600}
.plot{display:block;max-width:100%;height:auto;margin:4px 0 14px}
.plot .lane{stroke:#eef0f3;stroke-width:1}
.plot .grid{stroke:#eceef1;stroke-width:1}
.plot .axis{stroke:#9aa3ad;stroke-width:1}
.plot .allows{stroke:#c9d6ea;stroke-width:9;stroke-linecap:round}
.conflicting .plot .allows{stroke:#f3c9c4}
.plot .open{fill:none;stroke:#8aa3c7;stroke-width:2}
.conflicting .plot .open{stroke:#d98b82}
.plot .range{stroke:var(--accent);stroke-width:3}
.plot .dot{fill:var(--accent);stroke:#fff;stroke-width:1.5}
.conflicting .plot .dot,.conflicting .plot .range{fill:var(--red);stroke:var(--red)}
.conflicting .plot .dot{stroke:#fff}
.plot .agreed{fill:var(--green-bg)}
.plot .who{font-size:13px;fill:var(--ink)}
.plot .tick,.plot .scale{font-size:11px;fill:var(--muted)}
table{width:100%;border-collapse:collapse;font-size:14px}
th{text-align:left;font-weight:600;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;border-bottom:1px solid var(--ink);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:8px;vertical-align:top}
td.fig{font-weight:700;white-space:nowrap;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap;color:var(--muted)}
td .via,td .doc{color:var(--muted);font-size:12px}
td.quote{font-family:Georgia,"Times New Roman",serif;font-size:15px;color:#333}
td.quote mark{background:#fff1b8;color:inherit;padding:0 2px;font-weight:700}
td.read a{color:var(--accent);white-space:nowrap}
.note{font-size:12px;color:var(--muted)}
.empty{font-size:18px;padding:24px 0}
footer{margin-top:40px;font-size:12px;color:var(--muted);border-top:1px solid var(--line);padding-top:12px}
footer .failed{color:var(--red)}
@media (max-width:720px){nav.summary ol{columns:1}h1{font-size:30px}td.quote{font-size:14px}}
@media print{body{background:#fff}section.group{break-inside:avoid}}
`;
