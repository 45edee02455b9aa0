/**
 * The public portal's one stylesheet, served as a file at /offentligt/stil.css (the Content-Security-Policy
 * allows no inline styles). Plain, readable, printable; contrast at least 4.5:1 (WCAG 2.1 AA).
 */
export const PUBLIC_CSS = `
:root { --text: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --link: #0b4f8a; --focus: #ffbf47; --secret: #7a1f1f; --bg-soft: #f3f5f7; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: var(--text); background: #fff; }
body { margin: 0; }
a { color: var(--link); }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header.site { background: #0b2e4f; color: #fff; padding: .75rem 1rem; }
header.site a { color: #fff; text-decoration: none; font-weight: 600; }
nav.crumbs { max-width: 68rem; margin: 0 auto; padding: 0 1rem; }
main { max-width: 68rem; margin: 0 auto; padding: 1rem; }
footer.site { max-width: 68rem; margin: 2rem auto; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
h1 { font-size: 1.75rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--bg-soft); }
.secret { color: var(--secret); font-weight: 600; }
.muted { color: var(--muted); }
.answer { border-left: 4px solid var(--line); padding: .25rem 0 .25rem 1rem; margin: .75rem 0; }
.answer p { white-space: pre-wrap; margin: .25rem 0; }
form.search { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; background: var(--bg-soft); padding: .75rem; margin-bottom: 1rem; }
form.search label { display: flex; flex-direction: column; font-weight: 600; font-size: .95rem; }
form.search input { font: inherit; padding: .35rem; border: 1px solid #6b6b6b; min-width: 10rem; }
button { font: inherit; padding: .4rem 1rem; background: #0b4f8a; color: #fff; border: 0; cursor: pointer; }
.pager { margin: 1rem 0; }
.log-head { font-family: ui-monospace, monospace; word-break: break-all; }
@media print { header.site, form.search, .pager, .skip { display: none; } }
`;
