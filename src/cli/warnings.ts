/** Warnings on stderr, for formats whose output has no place for them (jsonld). */

/** How a warning names its document: its id (a file's path, a JSON line's id), or stdin. */
export function documentLabel(item: { id: string | number }): string {
  return item.id === '-' ? 'stdin' : String(item.id);
}

/**
 * One line per warning (each already names its document). Over a drawn progress bar the bar's
 * line is cleared first; the bar draws itself again below.
 */
export function warningLines(warnings: readonly string[], overBar: boolean): string {
  const clear = overBar ? '\r\x1b[2K' : '';
  return warnings.map((w) => `${clear}eventext: warning: ${w.replace(/[\r\n]+/g, ' ')}\n`).join('');
}
