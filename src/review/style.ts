/**
 * The review page's style sheet: one constant, inlined in every page (no external style sheet or
 * font) and used by the playground as it is, so both show the same view.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from './highlights.js';

/** Background and edge colour of each kind (light tints: nested highlights stay readable). */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, { background: string; edge: string }> = {
  event: { background: '#cfe2ff', edge: '#2f6fd6' },
  date: { background: '#ffe3a1', edge: '#b57900' },
  place: { background: '#c8efd0', edge: '#2b8a3e' },
  organizer: { background: '#e5d5ff', edge: '#7048c9' },
  attendee: { background: '#c4ecec', edge: '#0c7f86' },
  speaker: { background: '#ffd3da', edge: '#c2334d' },
  quotation: { background: '#f4f0dc', edge: '#8a7a2a' },
};

// A mark's colour is its first kind's (data-kind lists them in legend order).
const kindRules = HIGHLIGHT_KINDS.map((k) => {
  const { background, edge } = HIGHLIGHT_COLOURS[k];
  return `[data-kind^="${k}"]{background:${background};box-shadow:inset 0 -2px 0 ${edge}}`;
}).join('\n');

export const REVIEW_CSS = `
:root{color-scheme:light;--ink:#1d2230;--muted:#5b6275;--line:#d9dce4;--panel:#f7f8fa}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
.page-header{padding:1rem;border-bottom:1px solid var(--line);background:var(--panel)}
.page-header h1{margin:0;font-size:1.25rem}
.page-header p{margin:.25rem 0 0;color:var(--muted);font-size:.9rem}
main{padding:0 1rem 2rem;max-width:96rem;margin:0 auto}
main.batch{display:flex;flex-direction:column}
main.batch>.index{order:-1}
.index{margin:1rem 0;padding:.75rem 1rem;border:1px solid var(--line);border-radius:6px;background:var(--panel)}
.index h2{margin:0 0 .5rem;font-size:1.05rem}
.index ol{margin:0;padding-left:1.5rem}
.index .stat{color:var(--muted);font-size:.85rem}
.index .failed{color:#a11d33}
.doc{border-top:2px solid var(--line);padding-top:1rem;margin-top:1rem}
.doc:first-child{border-top:0;margin-top:0}
.doc>header h2{margin:0;font-size:1.2rem;overflow-wrap:anywhere}
.meta{margin:.25rem 0 0;color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.meta span+span::before{content:" · "}
.doc-body{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem 1.5rem;margin-top:1rem}
@media (min-width:960px){.doc-body{grid-template-columns:minmax(0,11fr) minmax(0,10fr)}}
h3{font-size:1rem;margin:1rem 0 .5rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .5rem;list-style:none;margin:0 0 .5rem;padding:0;font-size:.85rem}
.key{display:inline-block;padding:0 .35rem;border-radius:3px}
.hint{color:var(--muted);font-size:.85rem;margin:0 0 .5rem}
.release-text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 ui-serif,Georgia,"Times New Roman",serif;border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;background:#fff}
mark.hl{color:inherit;position:relative;border-radius:2px;cursor:help}
mark.hl:focus{outline:2px solid #1d2230;outline-offset:1px}
mark.hl:is(:hover,:focus):not(:has(mark.hl:hover))::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 3px);z-index:10;width:max-content;max-width:min(24rem,80vw);white-space:pre-line;background:#1d2230;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:.35rem .5rem;border-radius:4px;box-shadow:0 2px 8px rgb(0 0 0/.25);pointer-events:none}
@media (max-width:600px){mark.hl:is(:hover,:focus):not(:has(mark.hl:hover))::after{position:fixed;left:.5rem;right:.5rem;top:auto;bottom:.5rem;width:auto;max-width:none}}
${kindRules}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:0 0 .75rem}
caption{text-align:left;font-weight:600;padding:.25rem 0;overflow-wrap:anywhere}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--panel);font-weight:600;overflow-wrap:normal}
table.fields th{width:7.5rem}
.scroll{overflow-x:auto}
table.speakers,table.quotations{min-width:34rem}
.items{margin:0;padding-left:1.1rem}
.role,.kind,.count,.event-id{display:inline-block;font-size:.75rem;padding:0 .3rem;border-radius:3px;background:#eceef3;color:#333a4d}
.count{background:#d9f2e0}
.aliases{color:var(--muted);font-size:.8rem}
.none{color:#9aa0ad}
.empty{color:var(--muted);font-style:italic;margin:.25rem 0 .75rem}
.warnings{margin:.75rem 0 0;padding:.5rem 1rem;border:1px solid #e7c97a;border-radius:6px;background:#fff8e5}
.warnings h3{margin:.25rem 0}
.warnings ul{margin:0;padding-left:1.2rem}
.warnings .source{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.error{padding:.75rem 1rem;border:1px solid #e2a3ae;border-radius:6px;background:#fdecef;color:#7d1426;overflow-wrap:anywhere}
.page-footer{color:var(--muted);font-size:.8rem;padding:1rem;border-top:1px solid var(--line)}
@media print{mark.hl::after{display:none!important}.scroll{overflow:visible}}
`;
