/** The resolvers, in the order they run: each refines the whole state left by the ones before. */
import { agentResolver } from './agents.js';
import { eventResolver } from './events.js';
import { roleResolver } from './roles.js';
import { quoteResolver } from './quotes.js';
import { localPlaceResolver } from './places.js';
import type { Resolver } from '../pipeline.js';

export const RESOLVERS: readonly Resolver[] = [agentResolver, eventResolver, roleResolver, localPlaceResolver, quoteResolver];
