/**
 * A refiner after the organisers are known: the town of a local body that holds an event in its own
 * chamber or hall. "The Riverton City Council will hold a public hearing ... in Council Chambers":
 * the hearing is in Riverton though no sentence says "in Riverton"; "The Killeen Police Department will be hosting
 * ... at a local church": in Killeen. And the town a venue's name gives, over a dateline's.
 */
import type { Context } from '../context.js';
import { defineResolver, type ResolutionState } from '../pipeline.js';
import { gazetteerLookup, townCountry } from '../lexicons/places.js';
import type { EventRecord } from '../record.js';

/** "City of Riverton", "Town of Ashby", "Riverton City Council", "Ashby Town Hall", "Lekwa Municipality". */
const LOCAL_BODY = [
  /^(?:the\s)?(?:City|Town|Village|Borough|Municipality) of ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?)$/u,
  /^(?:the\s)?([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?) (?:City|Town|Village|Borough|Municipal) (?:Council|Government|Hall|Commission|Board)$/u,
];

/**
 * "Killeen Police Department", "Marlow Public Library": a town's own service. Counties, states and countries have
 * police and libraries too, so the town counts only when the gazetteer knows it as a city or a town.
 */
const LOCAL_SERVICE = /^(?:the\s)?([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?) (?:Police Department|Police Dept\.|Fire Department|Fire Rescue|Public Library|Free Library|Parks and Recreation(?: Department)?|Parks Department|Public Schools|School District|Chamber of Commerce)$/u;

/** The town a local organiser's name gives, if any. */
export function townOfLocalBody(name: string): string | null {
  for (const re of LOCAL_BODY) {
    const m = re.exec(name);
    if (m) return m[1]!;
  }
  const service = LOCAL_SERVICE.exec(name);
  return service && (gazetteerLookup(service[1]!)?.kind === 'city' || townCountry(service[1]!) !== undefined) ? service[1]! : null;
}

function withTown(e: EventRecord): EventRecord {
  if (e.location?.city || e.attendanceMode === 'online') return e;
  // a venue of its own, or none at all: only a hearing or meeting held at home ("in Council Chambers")
  const hosts = e.organizers.filter((o) => o.role === 'organizer' || o.role === 'host');
  const towns = [...new Set(hosts.map((o) => townOfLocalBody(o.name)).filter((t): t is string => t !== null))];
  if (towns.length !== 1) return e;
  const town = towns[0]!;
  const known = gazetteerLookup(town);
  if (known && known.kind !== 'city') return e;
  const location = e.location ?? { venue: null, city: null, region: null, country: null };
  return { ...e, location: { ...location, city: town, country: location.country ?? (known?.country ?? townCountry(town) ?? null) } };
}

/** The city the gazetteer knows that a venue's name opens with, in one or two words ("Durban International Convention Centre"). */
function cityOpeningName(venue: string): string | null {
  const words = venue.replace(/^the\s/i, '').split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const head = words.slice(0, n).join(' ');
    if (gazetteerLookup(head)?.kind === 'city') return head;
  }
  return null;
}

/**
 * "at the Durban International Convention Centre" under a Johannesburg dateline: a venue whose name opens with
 * another city of the same country stands in that city (not "the Victoria Hotel" in Shepparton, Victoria being
 * a city of another country to the gazetteer, nor "Riverside Plaza Hotel" in Bangkok).
 */
function inVenueTown(e: EventRecord, text: string): EventRecord {
  const loc = e.location;
  // (not a room of a building: "the Durban Room of the Ocean Hotel" is named by the hotel)
  const venueTown = loc?.venue && !/\sof\s/.test(loc.venue) ? cityOpeningName(loc.venue) : null;
  // "The Lilongwe consultation ... at the Crossroads Conference Centre", "at Mzuzu Civic Hall": with no town, the
  // town the event's or the venue's name opens with, when the text names its country (not "the Victoria Hotel"
  // in a release that never names the Seychelles)
  if (!loc?.city && e.attendanceMode !== 'online') {
    const named = venueTown ?? cityOpeningName(e.name.replace(/^(?:the|a|an)\s/i, ''));
    const country = named ? gazetteerLookup(named)?.country : undefined;
    if (!named || !country || (loc?.country && loc.country !== country) || !text.includes(country)) return e;
    return { ...e, location: { ...(loc ?? { venue: null, region: null }), city: named, country: loc?.country ?? country } };
  }
  if (!loc || !venueTown || venueTown === loc.city) return e;
  const country = gazetteerLookup(venueTown)?.country;
  if (!country || country !== gazetteerLookup(loc.city!)?.country || (loc.country !== null && loc.country !== country)) return e;
  return { ...e, location: { ...loc, city: venueTown } };
}

export const localPlaceResolver = defineResolver({
  name: 'local places',
  resolve(state: ResolutionState, ctx: Context): ResolutionState {
    return { ...state, events: state.events.map((e) => withTown(inVenueTown(e, ctx.doc.text))) };
  },
});
