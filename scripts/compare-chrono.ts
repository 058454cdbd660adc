// Compares eventext's date recogniser with chrono-node (a dev dependency) on the date forms of
// issue 3 and on the event fixtures. Prints, per case, what each one reads as start and end.
//   npx tsx scripts/compare-chrono.ts
import { readFileSync, readdirSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { format } from 'date-fns';
import { findDates } from '../src/recognisers/dates.js';

export const REFERENCE = new Date(2024, 9, 9); // Wednesday 9 October 2024

export const CASES: readonly string[] = [
  'On 02 October 2024, the', 'held on October 2, 2024 in', 'on Oct. 3 and', 'until 2 Oct when', 'the dialogue on Tuesday was',
  'on 6 September the', 'from 12-15 November', 'from 3-4 May 2019', 'on 11 and 13 September 2022', 'between 4 and 6 March',
  'from 30 September – 2 October', 'on 1 May at 10 a.m. in', 'on 5 June, 14:00-16:00, the', 'the meeting held yesterday',
  'convened in Bangkok last week', 'will meet next Monday', 'on September 01, 02 & 08', 'from Oct. 19 to Nov. 18, 2018',
  'on 24 September to 6 October this year', 'will be held on 4 March', 'Twenty participants may attend',
];

const iso = (d: Date, timed: boolean) => format(d, timed ? "yyyy-MM-dd'T'HH:mm" : 'yyyy-MM-dd');

export function ours(text: string, reference: Date | null = REFERENCE): string {
  const d = findDates(text, 0, reference).filter((x) => !x.published)[0];
  return d ? `${d.iso}${d.isoEnd ? ` / ${d.isoEnd}` : ''}` : '-';
}

export function theirs(text: string, reference: Date = REFERENCE): string {
  const r = chrono.parse(text, reference, { forwardDate: false })[0];
  if (!r) return '-';
  const timed = r.start.isCertain('hour');
  const start = iso(r.start.date(), timed);
  const end = r.end ? iso(r.end.date(), r.end.isCertain('hour')) : null;
  return `${start}${end && end.slice(0, 10) !== start.slice(0, 10) ? ` / ${end}` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| text | eventext | chrono-node |\n|---|---|---|');
  for (const c of CASES) console.log(`| ${c} | ${ours(c)} | ${theirs(c)} |`);
  const dir = new URL('../fixtures/', import.meta.url);
  for (const f of readdirSync(dir).filter((x) => x.startsWith('events-'))) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    const all = findDates(text, 0, REFERENCE).map((d) => d.text).join(' ; ');
    const them = chrono.parse(text, REFERENCE).map((r) => r.text).join(' ; ');
    console.log(`\n${f}\n  eventext: ${all}\n  chrono:   ${them}`);
  }
}
