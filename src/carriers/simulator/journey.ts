import { WaybillError } from '../../domain/errors.js';
import type { ShipmentDetails } from '../../ingest/ingest-item.js';
import { locationOf, type City } from './cities.js';
import { drawIncidents } from './incidents.js';
import { Itinerary, hoursLater, type PlannedScan } from './itinerary.js';
import { deliverFromStation, type JourneyOutcome } from './last-mile.js';
import {
  DELIVERY_HOURS,
  OFFICE_HOURS,
  PICKUP_HOURS,
  atLocalHours,
  localDateAfterWorkdays,
} from './local-hours.js';
import { between, chance, integerBetween, pick, type Random } from './random.js';
import type { SimulatorRates } from './rates.js';
import { HANDLING, isEconomyAir, serviceDays } from './service-levels.js';
import { type Lane, type SimulatorService, laneOf, linehaulHours, roadHours } from './transit.js';

export type { JourneyOutcome } from './last-mile.js';

export interface JourneyRequest {
  readonly trackingNumber: string;
  readonly origin: City;
  readonly destination: City;
  /** UTC instant, ISO 8601. */
  readonly labelCreatedAt: string;
  readonly rng: Random;
  readonly rates: SimulatorRates;
}

/** Everything one parcel will do, planned up front: the simulator only decides when to tell. */
export interface PlannedJourney {
  readonly trackingNumber: string;
  readonly lane: Lane;
  readonly service: SimulatorService;
  /** What the merchant told the carrier at label time; rides on every ingest item. */
  readonly shipment: ShipmentDetails;
  /** In strict time order. */
  readonly scans: readonly PlannedScan[];
  readonly outcome: JourneyOutcome;
}

const EXPRESS_SHARE = 0.25;
const DELAY_REASONS = [
  'Delayed: late trailer arrival',
  'Delayed: missed connection',
  'Delayed: severe weather in the area',
  'Delayed: volume exceeds hub capacity',
] as const;

export function planJourney(request: JourneyRequest): PlannedJourney {
  const { rng, rates } = request;
  const labelMs = Date.parse(request.labelCreatedAt);
  if (!Number.isFinite(labelMs)) {
    const problems = [{ field: 'labelCreatedAt', message: 'must be an ISO 8601 instant' }];
    throw new WaybillError(
      'validation_failed',
      `labelCreatedAt is not an instant: ${request.labelCreatedAt}`,
      {
        problems,
      },
    );
  }
  const service: SimulatorService = chance(rng, EXPRESS_SHARE) ? 'Express' : 'Ground';
  const lane = laneOf(request.origin, request.destination, service);
  const incidents = drawIncidents(rng, rates, lane.international);
  const orderRef = `#${integerBetween(rng, 100000, 999999)}`;
  // One draw per journey for the parcel's luck on the road: slow trucks stay slow for the whole trip.
  const pace = 0.9 + 0.5 * rng() ** 2;
  const { origin, destination, originHub, destinationHub } = lane;
  const itinerary = new Itinerary();

  itinerary.scan(labelMs, 'LC', origin);
  const handling = HANDLING[service];
  const pickedUp = atLocalHours(
    hoursLater(labelMs, between(rng, ...handling.pickupWait)),
    origin.zone,
    PICKUP_HOURS,
    rng,
  );
  itinerary.scan(pickedUp, 'PU', origin, { carrierEstimate: carrierEstimateOf(lane, pickedUp) });
  const atOriginHub = itinerary.scan(
    hoursLater(pickedUp, roadHours(origin, originHub) * pace + between(rng, 0.5, 2.5)),
    'AO',
    originHub,
  );

  let departs = hoursLater(
    atOriginHub,
    between(rng, ...handling.originDwell) +
      (lane.international ? between(rng, ...handling.exportCheck) : 0) +
      (isEconomyAir(lane) ? between(rng, ...handling.consolidation) : 0),
  );
  if (incidents.delay) {
    const held = itinerary.scan(hoursLater(atOriginHub, between(rng, 0.5, 4)), 'DY', originHub, {
      description: pick(rng, DELAY_REASONS),
    });
    departs = hoursLater(Math.max(departs, held), between(rng, 24, 72));
  }
  itinerary.scan(departs, 'DO', originHub);

  if (incidents.lost) {
    // Nobody scans a lost parcel; the next word is the trace team giving up, days later, in office hours.
    const declared = atLocalHours(
      hoursLater(departs, between(rng, 5 * 24, 10 * 24)),
      originHub.zone,
      OFFICE_HOURS,
      rng,
    );
    itinerary.scan(declared, 'LS', originHub);
    return journeyOf(request, lane, orderRef, labelMs, itinerary, 'lost');
  }

  // Parcels whose two cities share a hub turn round there and go straight to the delivery station.
  let cursor = departs;
  if (originHub !== destinationHub) {
    cursor = itinerary.scan(
      hoursLater(cursor, linehaulHours(lane) * pace + between(rng, 0.5, 2)),
      'AD',
      destinationHub,
    );
  }
  if (lane.international) {
    const presented = itinerary.scan(hoursLater(cursor, between(rng, 0.5, 4)), 'CC', destinationHub);
    let released = hoursLater(presented, between(rng, ...handling.clearance));
    if (incidents.customsHold) {
      const held = itinerary.scan(hoursLater(presented, between(rng, 1, 8)), 'CH', destinationHub);
      released = atLocalHours(hoursLater(held, between(rng, 24, 72)), destinationHub.zone, OFFICE_HOURS, rng);
    }
    cursor = itinerary.scan(released, 'CR', destinationHub);
  }
  const atStation = itinerary.scan(
    hoursLater(cursor, roadHours(destinationHub, destination) * pace + between(rng, 1, 6)),
    'AS',
    destination,
  );
  const outcome = deliverFromStation(itinerary, atStation, lane, incidents, rng);
  return journeyOf(request, lane, orderRef, labelMs, itinerary, outcome);
}

function carrierEstimateOf(lane: Lane, pickedUpMs: number): string {
  return localDateAfterWorkdays(
    pickedUpMs,
    lane.destination.zone,
    serviceDays(lane),
    DELIVERY_HOURS.weekdays,
  );
}

function journeyOf(
  request: JourneyRequest,
  lane: Lane,
  orderRef: string,
  labelMs: number,
  itinerary: Itinerary,
  outcome: JourneyOutcome,
): PlannedJourney {
  // Merchants pad the carrier's standard by a day for the pickup and a day for safety.
  const promisedDate = localDateAfterWorkdays(
    labelMs,
    lane.destination.zone,
    serviceDays(lane) + 2,
    DELIVERY_HOURS.weekdays,
  );
  return {
    trackingNumber: request.trackingNumber,
    lane,
    service: lane.service,
    shipment: {
      service: lane.service,
      orderRef,
      origin: locationOf(lane.origin),
      destination: locationOf(lane.destination),
      promisedDate,
    },
    scans: itinerary.scans,
    outcome,
  };
}
