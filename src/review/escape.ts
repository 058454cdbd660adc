/**
 * Escaping for the review page. Every piece of input text (release text, names, ids, sources,
 * warnings) goes through one of these before it becomes HTML: nothing a release holds can open a
 * tag, close an attribute or end a script element.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The HTML parser turns a raw CR (and CR LF) into LF; a character reference keeps it, so the
  // page's text stays exactly the text that was read.
  '\r': '&#13;',
};

/** Text for element content or a quoted attribute value: & < > " ' and CR as character references. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"'\r]/g, (ch) => HTML_ESCAPES[ch]!);
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of a `<script type="application/ld+json">` element. `<`, `>` and `&` only
 * occur inside JSON strings, where `\u003c` means the same character, so `</script>` or `<!--`
 * in a quotation cannot end or change the element; the data stays the same JSON.
 */
export function jsonForScript(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (ch) => SCRIPT_ESCAPES[ch]!);
}
