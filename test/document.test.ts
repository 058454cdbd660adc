import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { Document } from '../src/document.js';
import { fixture } from './helpers.js';

describe('Document: sentences', () => {
  it('does not end a sentence at a title abbreviation compromise does not know ("Cllr.", "Amb."), and still at "spoke."', () => {
    const doc = new Document('The event, led by Executive Mayor Cllr. Walter Dube together with Amb. Ruth Lee, drew a crowd. Dr. Ann Lee spoke. Then it ended.');
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'The event, led by Executive Mayor Cllr. Walter Dube together with Amb. Ruth Lee, drew a crowd.',
      'Dr. Ann Lee spoke.',
      'Then it ended.',
    ]);
  });
});

describe('Document: headline, publication date and trailer', () => {
  it('reads a headline, a date line and drops the boilerplate trailer', () => {
    const text = fixture('coastal-fisheries-workshop.txt');
    const doc = new Document(text);
    expect(doc.title?.text).toBe('Coastal States Hold Regional Workshop on Illegal Fishing Investigations');
    expect(doc.published?.iso).toBe('2025-03-14');
    expect(doc.slice(doc.published!.span)).toBe('14 March 2025');
    expect(text.slice(doc.bodyEnd).startsWith('Share this:')).toBe(true);
    expect(doc.paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      'Coastal States Hold ',
      '14 March 2025',
      'On 11-12 March 2025,',
      'The opening remarks ',
      '“Illegal fishing tak',
      'The SOEN will publis',
    ]);
  });

  it('drops a trailer cue that stands above the article (a cookie notice, "Share this:") instead of ending the body there', () => {
    const text = 'site.example\n\nThis website uses cookies. Accept | Reject\n\nShare this:\nFacebook\n\nBoard opens new library\n\n' +
      'The Lakeside Library Board opened the new branch library on Monday, 3 March 2025, with a reading for children and a talk by the architect.\n\nShare this:\nRelated stories\nMore news';
    const doc = new Document(text);
    expect(doc.paragraphs.map((p) => p.text.slice(0, 22))).toEqual(['site.example', 'Board opens new librar', 'The Lakeside Library B']);
    // after the article's first line of prose, the same cue ends the body
    expect(text.slice(doc.bodyEnd)).toBe('Share this:\nRelated stories\nMore news');
  });

  it('drops a site menu line ("Local | Business | Opinion | Sports | e-Edition"), not a source line with the date', () => {
    const doc = new Document('The Valley Ledger\nLocal | Business | Opinion | Sports | e-Edition\n\nNurses rally for safe staffing\n\nSource: Ledger| 2024-04-18 16:54|Editor: MD\n\nSeveral hundred nurses rallied outside the hospital on Thursday as their strike entered its third day with no talks.');
    expect(doc.paragraphs.map((p) => p.text.slice(0, 20))).toEqual(['The Valley Ledger', 'Nurses rally for saf', 'Source: Ledger| 2024', 'Several hundred nurs']);
    expect(doc.published?.iso).toBe('2024-04-18');
  });

  it('reads a dateline as the publication date and finds no headline in a body paragraph', () => {
    const doc = new Document(fixture('dateline-city-council-briefing.txt'));
    expect(doc.title).toBeNull();
    expect(doc.published?.iso).toBe('2024-06-03');
    expect(doc.slice(doc.published!.span)).toBe('June 3, 2024');
  });

  it('prefers the headline to the site name, and reads a "Posted on" line', () => {
    const text = fixture('posted-on-youth-forum.txt');
    const doc = new Document(text);
    expect(doc.title?.text).toBe('Youth leaders gather in Tampere for climate forum');
    expect(doc.published?.iso).toBe('2025-09-08');
    expect(text.slice(doc.bodyEnd).startsWith('Comments are closed.')).toBe(true);
  });

  it('handles a release that is one paragraph, with no headline or date', () => {
    const text = fixture('one-paragraph-health-training.txt');
    const doc = new Document(text);
    expect(doc.title).toBeNull();
    expect(doc.published).toBeNull();
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.bodyEnd).toBe(text.length);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(1);
  });

  it('reads Windows line endings the same way, with offsets into the CRLF text', () => {
    const lf = fixture('coastal-fisheries-workshop.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = new Document(lf);
    const b = new Document(crlf);
    expect(b.title?.text).toBe(a.title?.text);
    expect(b.published?.iso).toBe(a.published?.iso);
    expect(b.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
    for (const p of b.paragraphs) expect(crlf.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads a metadata date prefix and then no headline', () => {
    const doc = new Document(' date 2021-05-06 SPRINGFIELD, Ill. - The county will hold a job fair on Friday at the library.');
    expect(doc.published?.iso).toBe('2021-05-06');
    expect(doc.title).toBeNull();
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const doc = new Document('The agency held a meeting on water policy with farmers from the\nnorthern districts and the river authority.\nA second paragraph follows here.');
    expect(doc.paragraphs).toHaveLength(2);
  });
});

describe('Document: paragraphs, sentences and tokens index the original text', () => {
  const text = fixture('coastal-fisheries-workshop.txt');
  const doc = new Document(text);

  it('keeps every offset pointing at its own text', () => {
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits sentences inside paragraphs and never across them', () => {
    const para = doc.paragraphs[3]!;
    expect(para.sentences.map((s) => s.text)).toEqual([
      'The opening remarks were delivered by Director General Tomasi Vuni of the MRA.',
      'Ms. Elena Marsh, Programme Manager at SOEN, presented an overview of recent cases, and a panel discussion among prosecutors from Samoa and Tonga closed the first day.',
    ]);
    for (const s of doc.sentences) {
      const p = doc.paragraphs[s.paragraph]!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
    }
  });

  it('parses the body once with compromise and tags its words', () => {
    const tomasi = doc.tokens.find((t) => t.text === 'Tomasi');
    expect(tomasi?.tags.has('Person') || tomasi?.tags.has('ProperNoun')).toBe(true);
    expect(doc.tokens.every((t) => t.end <= doc.bodyEnd)).toBe(true);
  });
});

describe('Document: the compromise parse', () => {
  const releases = ['coastal-fisheries-workshop.txt', 'who-regional-dialogue.txt', 'quotes-harbour-summit.txt', 'general-university-symposium.txt'];

  it("tags every word as compromise's tagger does before its post-tagger, and as a bare nlp(text) once Document.nlp is read", () => {
    const tagged = (view: ReturnType<typeof nlp>) => (view.json() as { terms: { text: string; tags: string[] }[] }[])
      .flatMap((s) => s.terms).filter((t) => t.text).map((t) => `${t.text}/${[...t.tags].sort().join(',')}`);
    const world = nlp.world() as unknown as { hooks: string[] };
    for (const name of releases) {
      const text = fixture(name);
      const doc = new Document(text);
      const body = text.slice(0, doc.bodyEnd);
      const hooks = world.hooks;
      world.hooks = hooks.filter((h) => h !== 'postTagger' && h !== 'chunks');
      const firstPass = tagged(nlp(body));
      world.hooks = hooks;
      const own = () => doc.tokens.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`);
      expect(own(), name).toEqual(firstPass);
      void doc.nlp;
      expect(own(), name).toEqual(tagged(nlp(body)));
    }
  });

  it('gives the full parse on Document.nlp, chunks included, and leaves compromise as it found it', () => {
    const hooks = [...nlp.hooks()];
    const text = fixture('coastal-fisheries-workshop.txt');
    const doc = new Document(text);
    expect(nlp.hooks()).toEqual(hooks);
    expect(doc.nlp.chunks().out('array')).toEqual(nlp(text.slice(0, doc.bodyEnd)).chunks().out('array'));
    expect(doc.nlp.chunks().length).toBeGreaterThan(10);
  });
});
