// Runs the ReDoS checker (recheck) over the regular expressions of the event, date and place recognisers.
//   npx tsx scripts/check-redos-events.ts
import { checkSync } from 'recheck';
import * as d from '../src/recognisers/dates.js';
import * as p from '../src/recognisers/places.js';
import * as c from '../src/text/counts.js';
import * as e from '../src/recognisers/events.js';
import * as l from '../src/lexicons/events.js';
const all: [string, RegExp][] = [['DATE', d.DATE], ['TIME', d.TIME], ['RELATIVE', d.RELATIVE], ['CUED', p.CUED], ['FOLLOWER', p.FOLLOWER], ['DATELINE', p.DATELINE], ['COUNT', c.COUNT], ['VERB_EVENT', e.VERB_EVENT], ['WORD', e.WORD],
  ...[...l.ONLINE_CUES, ...l.MIXED_CUES, ...l.OFFLINE_CUES].map((r, i) => [`cue${i}`, r] as [string, RegExp])];
for (const [name, re] of all) {
  const r = checkSync(re.source, re.flags, { timeout: 20000 });
  console.log(name, r.status, r.status === 'vulnerable' ? (r as any).attack?.pattern : '', (r as any).complexity?.type ?? '');
}
