// The stylesheet of the HTML export: calm typography on screen, clean A4 pages when printed or saved as PDF.

/** Inlined into the page, so the file is self-contained: no fonts, images or scripts from anywhere. */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1c2430; --muted: #5b6676; --line: #d9dee6; --soft: #f3f5f8; --accent: #0b5f7a; --accent-soft: #e3f1f5; --warn: #9a3412; --warn-soft: #fdecdf; --ok: #2f6b3a; }
* { box-sizing: border-box; }
html { font-size: 16px; -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; line-height: 1.55; overflow-wrap: break-word; }
.page { max-width: 60rem; margin: 0 auto; padding: 2.5rem 1.75rem 4rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h1 { font-size: 2.2rem; letter-spacing: -0.01em; }
h2 { font-size: 1.55rem; margin: 3rem 0 1rem; padding-bottom: 0.35rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
h4 { font-size: 0.8rem; margin: 1.1rem 0 0.3rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
p, ul, ol, dl { margin: 0.4rem 0 0.8rem; }
ul, ol { padding-left: 1.4rem; }
li { margin: 0.2rem 0; }
code { font-family: "Cascadia Mono", Consolas, "Liberation Mono", monospace; font-size: 0.9em; background: var(--soft); padding: 0.05em 0.3em; border-radius: 3px; }
pre { background: var(--soft); padding: 0.6rem 0.8rem; border-radius: 4px; overflow-x: auto; white-space: pre-wrap; }
pre code { background: none; padding: 0; }
blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.4rem; }
header.title { border-bottom: 1px solid var(--line); padding-bottom: 1.5rem; }
.dates { margin: 0.4rem 0 0; font-size: 1.15rem; color: var(--muted); }
.figures { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; margin: 1.5rem 0 0.5rem; }
.figures li { flex: 1 1 9rem; margin: 0; padding: 0.8rem 1rem; background: var(--accent-soft); border-radius: 6px; color: var(--muted); }
.figures strong { display: block; font-size: 2rem; line-height: 1.1; color: var(--accent); }
.figures small { display: block; }
.asof { font-size: 0.9rem; color: var(--muted); margin: 0.5rem 0 0; }
nav.toc { margin: 2rem 0 0; padding: 1rem 1.4rem; background: var(--soft); border-radius: 6px; }
nav.toc h2 { font-size: 1rem; margin: 0 0 0.4rem; border: 0; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.3rem; }
nav.toc ol ol { columns: 2; column-gap: 2rem; margin: 0.2rem 0 0.4rem; font-size: 0.92rem; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
th, td { border: 1px solid var(--line); padding: 0.45rem 0.55rem; vertical-align: top; text-align: left; }
thead th { background: var(--soft); font-weight: 600; }
th.align-center, td.align-center { text-align: center; }
th.align-right, td.align-right { text-align: right; }
.written h5, .written h6 { font-size: 1rem; margin: 1rem 0 0.3rem; }
.written img { max-width: 100%; height: auto; }
.grid-box { overflow-x: auto; margin: 0.5rem 0 1rem; }
table.grid { table-layout: auto; margin: 0; }
table.grid th:first-child { width: 4.5rem; }
table.grid th[scope=row] { background: var(--soft); white-space: nowrap; }
table.grid th, table.grid td { overflow-wrap: normal; word-break: normal; hyphens: manual; }
table.grid .long { overflow-wrap: anywhere; }
table.grid tr.no-time th[scope=row] { font-style: italic; font-weight: normal; }
table.grid td a { font-weight: 600; text-decoration: none; }
table.grid td .who { display: block; color: var(--muted); font-size: 0.85rem; }
table.grid td.empty { background: repeating-linear-gradient(135deg, #fff, #fff 6px, #f7f8fa 6px, #f7f8fa 12px); }
table.grid td.conflict { background: var(--warn-soft); }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 999px; background: var(--soft); color: var(--muted); white-space: nowrap; vertical-align: 0.1em; }
.badge.overdue, .badge.conflict { background: var(--warn-soft); color: var(--warn); }
.badge.done { background: #e6f2e8; color: var(--ok); }
article.session { margin: 0 0 2.2rem; padding-top: 0.2rem; border-top: 1px solid var(--line); }
article.session > h3 { margin-top: 1.2rem; font-size: 1.35rem; }
h2 + article.session { border-top: 0; }
.place { margin: 0.2rem 0 0.6rem; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.tags { display: inline-flex; flex-wrap: wrap; gap: 0.3rem; list-style: none; padding: 0; margin: 0; }
.tags li { margin: 0; padding: 0 0.5rem; border-radius: 999px; background: var(--accent-soft); color: var(--accent); font-size: 0.88rem; }
ul.steps { list-style: none; padding-left: 0; }
ul.steps > li { padding-left: 1.6rem; text-indent: -1.6rem; }
ul.steps > li > * { text-indent: 0; }
.box { display: inline-block; width: 1.6rem; text-indent: 0; color: var(--muted); }
.meta { color: var(--muted); font-size: 0.92rem; }
.done-text { color: var(--muted); }
ul.tasks { list-style: none; padding-left: 0.4rem; }
.none { color: var(--muted); font-style: italic; }
.owner-org { font-weight: normal; color: var(--muted); font-size: 0.95rem; }
dl.tag-index { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; }
dl.tag-index dt { font-weight: 600; }
dl.tag-index dd { margin: 0; }
.appendix .file { font-size: 0.9rem; color: var(--muted); margin-top: 0; }
.appendix h3 a { text-decoration: none; }
.appendix table { table-layout: fixed; }
.appendix th:nth-child(1) { width: 4.2rem; }
.appendix th:nth-child(2) { width: 6.5rem; }
.appendix th:nth-child(4) { width: 15rem; }
.appendix td code { white-space: nowrap; }
table.owner-steps { table-layout: fixed; }
table.owner-steps th:nth-child(2) { width: 30%; }
table.owner-steps th:nth-child(3) { width: 7.5rem; }
table.owner-steps th:nth-child(4) { width: 7.5rem; }
.sev-error { color: #b42318; font-weight: 600; }
.sev-warning { color: var(--warn); font-weight: 600; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
@media (max-width: 40rem) { .page { padding: 1.2rem 1rem 3rem; } nav.toc ol ol { columns: 1; } table.grid { table-layout: auto; font-size: 0.85rem; } }
@page { size: A4; margin: 16mm 15mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Arial, "Liberation Sans", sans-serif; color: #5b6676; } }
@media print {
  html { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .skip { display: none; }
  a { color: inherit; text-decoration: none; }
  main a[href^="http"]::after, main a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); word-break: break-all; }
  section.major { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .figures li, dl.facts, .place, img, pre, blockquote { break-inside: avoid; }
  p, li, dd { orphans: 3; widows: 3; }
  thead { display: table-header-group; }
  /* A session's heading, place and facts stay together and with the first lines after them; a session that fits on a page is not split. */
  article.session > h3, article.session > .place, article.session > dl.facts { break-after: avoid; }
  article.session { break-inside: avoid-page; }
  .appendix .file { break-after: avoid; }
  /* The contents: an overview on paper, working links in a PDF; the sessions' list in three columns. */
  nav.toc { background: none; border: 1px solid var(--line); break-inside: avoid; }
  nav.toc ol ol { columns: 3; }
  /* Paper does not scroll: the grid fits the page's width in a smaller type and tighter cells. */
  .grid-box { overflow: visible; }
  table.grid { font-size: 0.8rem; }
  table.grid th, table.grid td { padding: 0.3rem 0.35rem; }
  table.grid th:first-child { width: auto; }
  /* No areas of colour, which only cost toner: lines and text colour say the same. */
  .figures li, thead th, table.grid th[scope=row], table.grid td.empty, table.grid td.conflict, code, pre, .tags li, .badge { background: none; }
  .figures li, .tags li, .badge, pre { border: 1px solid var(--line); }
  .badge.overdue, .badge.conflict { border-color: var(--warn); }
  .badge.done { border-color: var(--ok); }
  table.grid td.conflict { outline: 2px solid var(--warn); outline-offset: -2px; }
}
`.trim();

/** Added on the page of one session (the editor's preview of a protocol): the note that the session is not published yet. */
export const SESSION_PAGE_STYLE = '.unpublished { margin: 1rem 0 0; padding: 0.6rem 0.9rem; border-left: 4px solid var(--warn); background: var(--warn-soft); color: var(--ink); font-weight: 600; }';
