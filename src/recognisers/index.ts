/** The recognisers, in the order they run: later ones may read what earlier ones found. */
import { dateRecogniser } from './dates.js';
import { placeRecogniser } from './places.js';
import { organisationRecogniser } from './organisations.js';
import { personRecogniser } from './people.js';
import { eventRecogniser } from './events.js';
import { attendeeRecogniser } from './attendees.js';
import { quotationRecogniser } from './quotations.js';
import type { Recogniser } from '../pipeline.js';

export const RECOGNISERS: readonly Recogniser[] = [
  dateRecogniser,
  placeRecogniser,
  organisationRecogniser,
  personRecogniser,
  eventRecogniser,
  attendeeRecogniser,
  quotationRecogniser,
] as Recogniser[];
