import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/extract.js';
import { scanQuotes } from '../src/recognisers/quotations.js';
import { isTitleCase } from '../src/resolvers/quotes.js';
import { fixture } from './helpers.js';

/** The quotations of a text as [text, speaker, deliveredBy] rows (eventId is tested on its own). */
const rows = (text: string) => extract(text).quotations.map((q) => [q.text, q.speaker, q.deliveredBy]);

/** A body sentence first, so the short texts below are read as release bodies. */
const LEAD = 'The town council held a public meeting on housing on Monday with residents and builders.\n\n';

describe('quote marks (scanner)', () => {
  const stretches = (s: string) => scanQuotes(s, 0, s.length).map((q) => (q.close < 0 ? s.slice(q.open + 1, q.until) + '…' : s.slice(q.open + 1, q.close)));

  it('pairs curly, straight, single and guillemet marks', () => {
    expect(stretches('He said “one two” and ‘three four’ and "five six" and \'seven eight\' and « nine ten ».')).toEqual([
      'one two', 'three four', 'five six', 'seven eight', ' nine ten ',
    ]);
  });

  it('does not read apostrophes inside words or after plurals as marks', () => {
    expect(stretches("We don't know the Philippines' plan, or the nations’ pledges.")).toEqual([]);
    expect(stretches('‘The nations’ pledges are real,’ she said.')).toEqual(['The nations’ pledges are real,']);
    expect(stretches("'It's the members' choice,' he said.")).toEqual(["It's the members' choice,"]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(stretches('“They called it ‘the plan’ at first,” she said.')).toEqual(['They called it ‘the plan’ at first,']);
    expect(stretches('‘They called it “the plan” at first,’ she said.')).toEqual(['They called it “the plan” at first,']);
  });

  it('ends an unclosed quotation at the next opening mark or the paragraph end, never beyond', () => {
    expect(stretches('“one two “three four” five')).toEqual(['one two …', 'three four']);
    expect(stretches('“one two three')).toEqual(['one two three…']);
  });

  it('stays linear on 200 KB of quotation marks', () => {
    const time = (n: number) => {
      const s = '“”‘’"\'«» “a ‘b ’c” \'d "e\' '.repeat(n);
      const t0 = performance.now();
      scanQuotes(s, 0, s.length);
      return performance.now() - t0;
    };
    time(2000); // warm up
    const small = time(2500);
    const large = time(8000); // 200 KB
    expect(large).toBeLessThan(500);
    expect(large / Math.max(small, 1)).toBeLessThan(8); // linear: 3.2x the input, not 10x
  });
});

describe('attribution forms', () => {
  it('X said, “...”', () => {
    expect(rows(LEAD + 'Councillor Maria Santos said, “We need more homes that families can actually afford.”')).toEqual([
      ['We need more homes that families can actually afford.', 'Maria Santos', null],
    ]);
  });

  it('“...,” said X, Minister of Y.', () => {
    expect(rows(LEAD + '“The rules for builders will change this year,” said Peter Lund, Minister of Housing of Norland.')).toEqual([
      ['The rules for builders will change this year,', 'Peter Lund', null],
    ]);
  });

  it('“...,” X said.', () => {
    expect(rows(LEAD + 'Mayor Joan Blake listened to the residents.\n\n“Nobody should wait ten years for a flat,” Blake said.')).toEqual([
      ['Nobody should wait ten years for a flat,', 'Joan Blake', null],
    ]);
  });

  it('According to X, “...”', () => {
    expect(rows(LEAD + 'According to Dr. Anna Weiss, “rents have risen faster than wages for a decade.”')).toEqual([
      ['rents have risen faster than wages for a decade.', 'Anna Weiss', null],
    ]);
  });

  it('X underscored ..., stating, “...” and X explained: “...”', () => {
    expect(rows(LEAD + 'Director Omar Haddad underscored the need for land, stating, “Without land there is no housing plan.” Councillor Lena Berg explained: “We will publish the list of sites next week.”')).toEqual([
      ['Without land there is no housing plan.', 'Omar Haddad', null],
      ['We will publish the list of sites next week.', 'Lena Berg', null],
    ]);
  });

  it('an interrupted quotation is two items, both attributed', () => {
    expect(rows(LEAD + 'Councillor Maria Santos spoke last.\n\n“The plan is ready,” she said, “and the money is in the budget.”')).toEqual([
      ['The plan is ready,', 'Maria Santos', null],
      ['and the money is in the budget.', 'Maria Santos', null],
    ]);
  });

  it('a quotation whose speaker is named in the sentence before', () => {
    expect(rows(LEAD + 'Councillor Maria Santos warned that prices keep rising. “Every month of delay costs families more.”')).toEqual([
      ['Every month of delay costs families more.', 'Maria Santos', null],
    ]);
  });

  it('pronouns and role nouns go to the last compatible named speaker', () => {
    const text = LEAD + 'Housing Minister Peter Lund opened the debate. He praised the builders.\n\n“We have twice as many permits as last year,” the Minister added.\n\n“It is a good start for the town,” he said.';
    expect(rows(text).map((r) => r[1])).toEqual(['Peter Lund', 'Peter Lund']);
  });

  it('a body can speak ("the department stated")', () => {
    expect(rows(LEAD + 'The Department of Housing published its plan on Monday.\n\n“The plan will deliver ten thousand homes by the end of the decade,” the department stated.')).toEqual([
      ['The plan will deliver ten thousand homes by the end of the decade,', 'Department of Housing', null],
    ]);
  });

  it('delivered remarks: the words are the original speaker’s, the deliverer is deliveredBy', () => {
    const r = extract(LEAD + '“Housing is a right, not a privilege.” Said Secretary Helena Marquez in her Opening Remarks as delivered by Director Paulo Cruz on her behalf.');
    expect(r.quotations.map((q) => [q.text, q.speaker, q.deliveredBy])).toEqual([['Housing is a right, not a privilege.', 'Helena Marquez', 'Paulo Cruz']]);
  });
});

describe('eventId', () => {
  it('words said in remarks at a past event belong to it; words about an event still to come do not', () => {
    const past = 'Published 12 May 2024\n\nThe Ministry of Water held the National Water Forum on 10 May 2024 in Riverton with two hundred participants.\n\nIn his opening remarks, Minister Paul Adeyemi said, “Every village deserves clean water within walking distance.”';
    expect(extract(past).quotations.map((q) => [q.speaker, q.eventId])).toEqual([['Paul Adeyemi', 'e1']]);
    const future = 'Published 2 May 2024\n\nThe Ministry of Water will hold the National Water Forum on 10 June 2024 in Riverton with two hundred participants.\n\n“We expect the forum to agree on a plan for every village,” said Minister Paul Adeyemi.';
    expect(extract(future).quotations.map((q) => [q.speaker, q.eventId])).toEqual([['Paul Adeyemi', null]]);
  });
});

describe('not quotations', () => {
  it('titles of reports and campaigns, scare quotes and single terms', () => {
    const text = LEAD + 'Councillor Maria Santos presented the report “Homes for All: A Ten Year Plan” and the campaign ‘Build Now’, which she called “ambitious”. She urged residents to ‘follow the money’ and read the plan themed "a home for every family in town".';
    expect(rows(text)).toEqual([]);
  });

  it('an unattributed phrase without a speaker is not a quotation', () => {
    expect(rows(LEAD + 'The meeting closed with the theme for next year, "better streets and safer schools".')).toEqual([]);
  });
});

describe('several paragraphs and unclosed marks', () => {
  it('a quotation over several paragraphs is one item per paragraph, all attributed', () => {
    const text = LEAD + 'Councillor Maria Santos closed the meeting with a message to residents:\n\n“We heard every one of you tonight.\n\n“We will come back in a month with answers.\n\n“And we will keep the meeting open to all.”';
    expect(rows(text)).toEqual([
      ['We heard every one of you tonight.', 'Maria Santos', null],
      ['We will come back in a month with answers.', 'Maria Santos', null],
      ['And we will keep the meeting open to all.', 'Maria Santos', null],
    ]);
    expect(extract(text).warnings.filter((w) => /quotation/.test(w))).toEqual([]);
  });

  it('a run may start after the attribution, in the middle of its first paragraph', () => {
    const text = LEAD + '“The first homes are ready,” Councillor Maria Santos said at the meeting. “Forty families will move in by June.\n\n“Another sixty will follow before the winter.”';
    expect(rows(text)).toEqual([
      ['The first homes are ready,', 'Maria Santos', null],
      ['Forty families will move in by June.', 'Maria Santos', null],
      ['Another sixty will follow before the winter.', 'Maria Santos', null],
    ]);
    expect(extract(text).warnings.filter((w) => /quotation/.test(w))).toEqual([]);
  });

  it('an unclosed quotation ends at its paragraph end, with a warning', () => {
    const text = LEAD + 'Councillor Maria Santos said: “We will not wait for another report before we act\n\nThe council then voted on the budget for the coming year.';
    const r = extract(text);
    expect(r.quotations.map((q) => [q.text, q.speaker])).toEqual([['We will not wait for another report before we act', 'Maria Santos']]);
    expect(r.warnings.some((w) => /not closed/.test(w))).toBe(true);
  });
});

describe('fixture releases', () => {
  it('harbour summit: curly marks, verbs before and after, interrupted, role noun, titles and terms left out', () => {
    const text = fixture('quotes-harbour-summit.txt');
    const r = extract(text);
    expect(r.quotations.map((q) => [q.text, q.speaker, q.deliveredBy, q.eventId])).toEqual([
      ["Our harbours don't wait for storms to pass, and neither can we. Every port in the region needs a plan that works before the water rises.", 'Amara Okonkwo', null, 'e1'],
      ['We have spent a decade reacting to disasters,', 'Tomas Reyes', null, null],
      ['Now we must learn to prepare for them.', 'Tomas Reyes', null, null],
      ['Financing is the bottleneck,', 'Tomas Reyes', null, null],
      ["and without it the region's plans will stay on paper.", 'Tomas Reyes', null, null],
      ['They are the first to lose their boats and the last to receive help,', 'Amara Okonkwo', null, 'e1'],
    ]);
    for (const q of r.quotations) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    const okonkwo = r.events[0]!.speakers.filter((s) => s.name === 'Amara Okonkwo');
    expect(okonkwo).toHaveLength(1);
    expect(okonkwo[0]!.roles).toEqual(['opening remarks']);
  });

  it('wetland workshop: delivered remarks, according to, stating, explained, a run over paragraphs', () => {
    const text = fixture('quotes-delivered-remarks.txt');
    const r = extract(text);
    expect(r.quotations.map((q) => [q.text, q.speaker, q.deliveredBy])).toEqual([
      ['Wetlands protect our towns from floods and feed millions of people. We cannot afford to lose another hectare.', 'Helena Marquez', 'Paulo Cruz'],
      ['the data we collected over ten years show that restored marshes recover faster than anyone expected.', 'Ines Varga', null],
      ['Farmers and fishers see the changes long before our instruments do.', 'Mei Lin Chua', null],
      ['We will map every wetland in the province by the end of the year, and we will publish the maps.', 'Ramon Diaz', null],
      ['Protecting wetlands is not the work of one department.', 'Paulo Cruz', null],
      ['It needs every town, every school and every family that lives near the water.', 'Paulo Cruz', null],
    ]);
    expect(r.quotations[0]!.eventId).toBe('e1');
    const speakers = r.events[0]!.speakers;
    expect(speakers.filter((s) => s.name === 'Paulo Cruz').map((s) => s.onBehalfOf)).toEqual(['Helena Marquez']);
    expect(speakers.filter((s) => s.name === 'Helena Marquez')).toHaveLength(1);
    for (const q of r.quotations) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('coding camp: straight and single marks, guillemets, a name in marks left out, an unclosed last quotation', () => {
    const text = fixture('quotes-straight-marks.txt');
    const r = extract(text);
    expect(r.quotations.map((q) => [q.text, q.speaker])).toEqual([
      ['I have never seen a group learn so quickly. They taught each other as much as we taught them,', 'Sarah Whitfield'],
      ['Without them we could not have run the camp at all,', 'Daniel Osei'],
      ['Next year we want to welcome twice as many students', 'Daniel Osei'],
      ['We will open registration in the spring and we hope every school in the county sends someone', 'Sarah Whitfield'],
    ]);
    expect(r.warnings.some((w) => /not closed/.test(w))).toBe(true);
  });
});

describe('title case', () => {
  it('tells titles from sentences', () => {
    expect(isTitleCase('Rising Tides, Shared Costs')).toBe(true);
    expect(isTitleCase('Human Development for Everyone')).toBe(true);
    expect(isTitleCase('We need more homes that families can afford.')).toBe(false);
  });
});

describe('properties', () => {
  it('on any text of words and marks: no crash, spans index the text, no quotation crosses a paragraph', () => {
    const piece = fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', 'we', 'said', 'Ann Lee', 'don\'t', ',', '.', ' ', '\n\n', 'The plan');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = LEAD + parts.join(' ');
        const r = extract(text);
        for (const q of r.quotations) {
          expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
          expect(q.text).not.toMatch(/\n\s*\n/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('more attribution forms', () => {
  it('the subject nearest the verb, past an opening clause with places and bodies', () => {
    expect(rows(LEAD + 'The Ministry of Roads opened a two-day course in Marlow, and the Deputy Minister, Petra Holm, told the trainees that "every bridge in the district must be inspected twice a year."')).toEqual([
      ['every bridge in the district must be inspected twice a year.', 'Petra Holm', null],
    ]);
  });

  it('a title alone refers back ("the Secretary-General said") and a colon introduces the words', () => {
    const text = LEAD + 'Secretary-General Ruth Amani visited the new estate in the afternoon.\n\n“These homes were built in record time,” the Secretary-General said.\n\nResident Carlos Mendes: “We waited six years for this flat and it was worth it.”';
    expect(rows(text)).toEqual([
      ['These homes were built in record time,', 'Ruth Amani', null],
      ['We waited six years for this flat and it was worth it.', 'Carlos Mendes', null],
    ]);
  });

  it('“...,” X, Minister of Y, said. and present tense "says"', () => {
    expect(rows(LEAD + '“The budget is in place,” Peter Lund, Minister of Housing of Norland, said. “Building starts in May,” says Lund.')).toEqual([
      ['The budget is in place,', 'Peter Lund', null],
      ['Building starts in May,', 'Peter Lund', null],
    ]);
  });
});

describe('pronouns and gender', () => {
  it('"she" skips a man named more recently, "he" a woman', () => {
    const text = LEAD + 'Ms. Helen Park, who chairs the tenants union, spoke first. Mr. George Abbott, a builder, answered her.\n\n“We cannot build faster without more land,” Abbott said.\n\n“Then the council must release the land it already owns,” she said.';
    expect(rows(text).map((r) => r[1])).toEqual(['George Abbott', 'Helen Park']);
  });
});
