/**
 * A tenth set of releases of our own, written after reading the errors of a new batch of read synthetic
 * releases (security, regional bodies, UN and diplomatic, civic, school and health pages).
 * Each assertion is what a careful reader takes from the release; what is still missed is noted beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';
import { what } from './fixture-records.js';

describe('a tenth set of releases in styles of their own', () => {
  it('"From Monday to Wednesday" is one stay of three days, ending on the last Wednesday before a Friday release', () => {
    const { events } = extract(fixture('general-weekday-range-clinic.txt'));
    expect(events.map(what)).toEqual([['course on chronic wound care', 'training', '2024-11-04', '2024-11-06', null, null]]);
    const days = (text: string) => extract(`Notice\n\nPublished 6 March 2024\n\n${text}`).events.map((e) => [e.startDate, e.endDate]);
    // looking ahead, the range starts on the next first weekday; "between ... and" bounds it too
    expect(days('The college will hold a workshop on triage between Tuesday and Thursday.')).toEqual([['2024-03-12', '2024-03-14']]);
    // "on Saturday and Sunday": two days in a row are one stay; "Monday and Wednesday" are two days, not a range
    expect(days('The club held its tournament on Saturday and Sunday.')).toEqual([['2024-03-02', '2024-03-03']]);
    expect(days('The club held its tournament on Monday and Wednesday.')).toEqual([['2024-03-04', null]]);
  });

  it('a verb of ending right after the day makes it the last day: "yesterday wrapped up a three-day meeting", "will today close a two-day forum"', () => {
    const { events } = extract(fixture('general-close-after-day.txt'));
    // (still missed: "the youth delegates of the basin states" is read as the ministers' meeting's category, not the forum's)
    expect(events.map(what)).toEqual([
      ['ministerial meeting on river gauging', 'meeting', '2025-05-11', '2025-05-13', { venue: 'Phakalane Conference Centre', city: 'Gaborone', region: null, country: 'Botswana' }, null],
      ['youth forum on water', 'forum', '2025-05-13', '2025-05-14', { venue: null, city: 'Gaborone', region: null, country: 'Botswana' }, null],
    ]);
  });

  it('words of somebody the text does not name have no speaker: not the place or the body named after the noun', () => {
    const { quotations } = extract(fixture('general-unnamed-voices.txt'));
    expect(quotations.map((q) => [q.text, q.speaker])).toEqual([
      // "said one farmer, a rice grower from the Offin valley", and the words after it in the paragraph
      ['We pay the fee and the water still comes late,', null],
      ['Nobody tells us why.', null],
      ['We have heard every complaint tonight,', 'Kojo Asante-Mensah'],
      // "another resident of Ejisu said": not the town
      ['It was the first time anyone asked us,', null],
      // a name in apposition to the noun is the speaker
      ['The board should publish its accounts every year,', 'Adwoa Boateng'],
    ]);
    // a spokesperson speaks for the body named
    const said = (line: string) => extract(`Notice\n\nPublished 4 May 2025\n\nThe Tamale Water Board held a hearing on Monday in Tamale. ${line}`).quotations.map((q) => q.speaker);
    expect(said('"We will publish the accounts," said a spokesperson for the Tamale Water Board.')).toEqual(['Tamale Water Board']);
    expect(said('One participant summed it up: "We learnt more in a day than in a year."')).toEqual([null]);
  });

  it('"the Chilean capital hosted": the capital of the country its demonym names; talks between parties are a meeting', () => {
    const { events } = extract(fixture('general-capital-by-demonym.txt'));
    // the dateline says where the release was issued; "the next round will be held in Helsinki" places the next round
    // (still missed: "Ministries of Finland and Chile" from the headline is read as one organiser)
    expect(events.map(what)).toEqual([['policy talks', 'meeting', '2025-06-02', null, { venue: null, city: 'Santiago', region: null, country: 'Chile' }, null]]);
    const town = (text: string) => extract(`News\n\nPublished 4 June 2025\n\n${text}`).events.map((e) => e.location?.city ?? null);
    expect(town('The forum on ports was held on Monday in the capital of Ghana.')).toEqual(['Accra']);
    // the capital named after the phrase is read from its own name; a demonym shared by two countries names neither
    expect(town('The forum on ports was held on Monday in the Kenyan capital, Nairobi.')).toEqual(['Nairobi']);
    expect(town('The forum on ports was held on Monday in the Congolese capital.')).toEqual([null]);
    // "open Monday to Friday" is opening hours, not the days of an event
    expect(extract(fixture('general-capital-by-demonym.txt')).events.map((e) => e.endDate)).toEqual([null]);
  });
});

