/** Places: venues, cities, regions and countries. */
import type { MentionBase } from '../mentions.js';
import { defineRecogniser } from '../pipeline.js';

export interface PlaceMention extends MentionBase {
  placeKind: 'venue' | 'city' | 'region' | 'country';
  name: string;
  /** The country the place lies in, when the text or the gazetteer says. */
  country: string | null;
}

export const placeRecogniser = defineRecogniser({
  name: 'places',
  kind: 'places',
  recognise: () => [],
});
