/**
 * An eighth set of releases of our own, written after reading the errors of the read areas and of
 * fifty more synthetic releases (web pages with their menus, captions and "related news" lists).
 * Each assertion is what a careful reader takes from the release; what is still missed is noted beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';
import { attendees, only, organisers, speakers, what } from './fixture-records.js';

describe('an eighth set of releases in styles of their own', () => {
  it('councillors: "Cllr." keeps its dot inside a name, and a title before a person is no body of its own', () => {
    const e = only('general-ward-forum-councillors.txt');
    expect(what(e)).toEqual(['Eastgate Ward Forum', 'forum', '2025-06-03', null, { venue: 'Eastgate Community Hall', city: 'Marrowby', region: null, country: null }, null]);
    // "chaired by MBC Council Leader Cllr. Anwen Pryce together with ... Deputy Chair, Cllr. Tomasz Wieczorek":
    // the people chair, no "Cllr" or "Leader" is an organiser
    expect(organisers(e)).toEqual([['Marrowby Borough Council', 'organizer'], ['Anwen Pryce', 'chair'], ['Tomasz Wieczorek', 'partner']]);
    // "drew residents, shop owners and school governors": office-holders in the plural are a category
    expect(attendees(e)).toEqual([['residents', null], ['shop owners', null], ['school governors', null]]);
    // (still missed: "Insp. Dele Okafor ... gave an update" as a presenter)
    expect(speakers(e)).toEqual([['Anwen Pryce', 'Council Leader', 'MBC', ['moderator']]]);
  });

  it('abbreviated forms of address with a dot start a name compromise does not know', () => {
    const people = (text: string) => extract(text).events[0]!.organizers.map((o) => [o.name, o.kind]);
    expect(people('The public hearing on 2 May 2025 in Ermelo was chaired by Cllr. Sifiso Mngemezulu.')).toEqual([['Sifiso Mngemezulu', 'person']]);
    expect(people('The community meeting on 2 May 2025 in Kumasi was chaired by Insp. Kwabena Asante-Mensah.')).toEqual([['Kwabena Asante-Mensah', 'person']]);
  });
});
