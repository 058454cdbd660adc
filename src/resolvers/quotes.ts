/** Quote attribution: who said each quotation, who delivered it, and at which event. */
import { defineResolver } from '../pipeline.js';

export const quoteResolver = defineResolver({
  name: 'quotes',
  resolve: (state) => state,
});
