/** The review page (see page.ts): browser-safe, shared by `eventext --format html` and the playground. */
export { escapeHtml, jsonForScript } from './escape.js';
export { evidenceCollector, NO_EVIDENCE, type DateEvidence, type PlaceEvidence, type ReviewEvidence } from './evidence.js';
export { extractForReview } from './extract.js';
export { reviewIndexHtml, reviewPageEnd, reviewPageStart, REVIEW_PAGE_CSP, type ReviewIndexEntry, type ReviewPageOptions } from './frame.js';
export { HIGHLIGHT_KINDS, HIGHLIGHT_KIND_LABELS, highlightsOf, renderHighlightedText, type Highlight, type HighlightKind, type Tie } from './highlights.js';
export { legendHtml, reviewErrorSection, reviewIndexEntry, reviewPage, reviewSection, type ReviewDocument, type ReviewSectionOptions } from './page.js';
export { REVIEW_CSS, HIGHLIGHT_COLOURS } from './style.js';
export { datesText, placeText } from './tables.js';
