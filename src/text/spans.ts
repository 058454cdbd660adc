/** Lookups over spans kept in text order. */
import type { Span } from '../record.js';

/** The items of `list` (sorted by start) that lie inside `span`, found by bisection. */
export function spansWithin<T extends Span>(list: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < list.length && list[k]!.start < span.end; k++) if (list[k]!.end <= span.end) out.push(list[k]!);
  return out;
}
