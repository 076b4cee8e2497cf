import { type Itinerary, hoursLater } from './itinerary.js';
import type { JourneyIncidents } from './incidents.js';
import {
  DELIVERY_HOURS,
  OFFICE_HOURS,
  OUT_FOR_DELIVERY_HOURS,
  atLocalHours,
  laterSameLocalDay,
  nextLocalDayStart,
} from './local-hours.js';
import { between, chance, pickWeighted, type Random } from './random.js';
import type { SimulatorRawCode } from './status-map.js';
import { type Lane, linehaulHours, roadHours } from './transit.js';

export type JourneyOutcome = 'delivered' | 'returned' | 'lost';

/** Most recipients answer the carrier's call about a bad address; the rest get their parcel sent back. */
const ADDRESS_RESOLVED_SHARE = 0.7;
/** A driver's route: the first stop twenty minutes after loading, the last ten hours after. */
const ROUTE_MINUTES = { min: 20, max: 600 } as const;

const FAILED_ATTEMPTS: readonly (readonly [SimulatorRawCode, number])[] = [
  ['NA', 0.7],
  ['NX', 0.2],
  ['NB', 0.1],
];
// Express parcels are signed for far more often: that is much of what the sender pays for.
const GROUND_DELIVERIES: readonly (readonly [SimulatorRawCode, number])[] = [
  ['DL', 0.35],
  ['DP', 0.25],
  ['DS', 0.15],
  ['DN', 0.13],
  ['DM', 0.12],
];
const EXPRESS_DELIVERIES: readonly (readonly [SimulatorRawCode, number])[] = [
  ['DS', 0.55],
  ['DL', 0.3],
  ['DP', 0.1],
  ['DN', 0.05],
];

/** From the delivery station to the door, or back to the sender; returns how the journey ends. */
export function deliverFromStation(
  itinerary: Itinerary,
  atStation: number,
  lane: Lane,
  incidents: JourneyIncidents,
  rng: Random,
): JourneyOutcome {
  const { destination } = lane;
  const zone = destination.zone;
  let ready = atStation;
  if (incidents.addressException) {
    const flagged = itinerary.scan(hoursLater(atStation, between(rng, 0.5, 3)), 'AX', destination);
    if (!chance(rng, ADDRESS_RESOLVED_SHARE)) {
      returnToSender(itinerary, flagged, lane, rng);
      return 'returned';
    }
    const confirmed = atLocalHours(hoursLater(flagged, between(rng, 2, 30)), zone, OFFICE_HOURS, rng);
    ready = itinerary.scan(confirmed, 'AC', destination);
  }

  let loaded = itinerary.scan(
    atLocalHours(hoursLater(ready, 1), zone, OUT_FOR_DELIVERY_HOURS, rng),
    'OD',
    destination,
  );
  if (incidents.failedAttempt) {
    const attempted = laterSameLocalDay(loaded, zone, DELIVERY_HOURS, ROUTE_MINUTES, rng);
    itinerary.scan(attempted, pickWeighted(rng, FAILED_ATTEMPTS), destination);
    const nextDay = atLocalHours(nextLocalDayStart(attempted, zone), zone, OUT_FOR_DELIVERY_HOURS, rng);
    loaded = itinerary.scan(nextDay, 'RD', destination);
  }

  const atDoor = laterSameLocalDay(loaded, zone, DELIVERY_HOURS, ROUTE_MINUTES, rng);
  if (incidents.returnToSender) {
    itinerary.scan(atDoor, 'RF', destination);
    returnToSender(itinerary, atDoor, lane, rng);
    return 'returned';
  }
  itinerary.scan(
    atDoor,
    pickWeighted(rng, lane.service === 'Express' ? EXPRESS_DELIVERIES : GROUND_DELIVERIES),
    destination,
  );
  return 'delivered';
}

/** The way back: the same network in reverse, ending with a driver at the sender's door. */
function returnToSender(itinerary: Itinerary, fromMs: number, lane: Lane, rng: Random): void {
  const { origin, destination, originHub, destinationHub } = lane;
  const opened = itinerary.scan(hoursLater(fromMs, between(rng, 1, 20)), 'RS', destination);
  const leaves = itinerary.scan(
    hoursLater(opened, roadHours(destination, destinationHub) + between(rng, 2, 12)),
    'RT',
    destinationHub,
  );
  const borders = lane.international ? between(rng, 12, 36) : 0;
  const travel = linehaulHours(lane) + roadHours(originHub, origin) + between(rng, 6, 24) + borders;
  itinerary.scan(atLocalHours(hoursLater(leaves, travel), origin.zone, DELIVERY_HOURS, rng), 'RA', origin);
}
