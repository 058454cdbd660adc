/** Roles: who organised, hosted or chaired each event, who attended, and who spoke in what role. */
import { defineResolver } from '../pipeline.js';

export const roleResolver = defineResolver({
  name: 'roles',
  resolve: (state) => state,
});
