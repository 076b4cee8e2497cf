import { type Lane, type SimulatorService, linehaulHours, roadHours } from './transit.js';

type HourRange = readonly [low: number, high: number];

interface Handling {
  /** From label printed to the earliest the driver could come. */
  readonly pickupWait: HourRange;
  /** Sorting at the origin hub before the line-haul leaves. */
  readonly originDwell: HourRange;
  /** Export declaration and security screening before a parcel may leave the country. */
  readonly exportCheck: HourRange;
  /** Routine import clearance, when customs does not hold the parcel. */
  readonly clearance: HourRange;
  /** Economy air only: waiting at the hub for a consolidated load. */
  readonly consolidation: HourRange;
}

/** What the sender pays for: Express is collected sooner, sorted first and pre-cleared. */
export const HANDLING: Readonly<Record<SimulatorService, Handling>> = Object.freeze({
  Ground: {
    pickupWait: [1, 20],
    originDwell: [1, 6],
    exportCheck: [12, 36],
    clearance: [4, 36],
    consolidation: [48, 96],
  },
  Express: {
    pickupWait: [1, 8],
    originDwell: [0.5, 3],
    exportCheck: [4, 12],
    clearance: [2, 12],
    consolidation: [0, 0],
  },
});

/** International Ground beyond road range flies as economy air. */
export function isEconomyAir(lane: Lane): boolean {
  return lane.international && lane.service === 'Ground' && lane.mode === 'air';
}

/**
 * The service standard: whole delivery days from pickup to delivery, as a carrier quotes them,
 * from the nominal legs and typical handling of the lane, with no incidents.
 */
export function serviceDays(lane: Lane): number {
  const handling = HANDLING[lane.service];
  const hours =
    roadHours(lane.origin, lane.originHub) +
    midpoint(handling.originDwell) +
    linehaulHours(lane) +
    roadHours(lane.destinationHub, lane.destination) +
    (lane.international ? midpoint(handling.exportCheck) + midpoint(handling.clearance) : 0) +
    (isEconomyAir(lane) ? midpoint(handling.consolidation) : 0) +
    // Sorting at the delivery station and waiting for the next morning's route.
    9;
  return Math.max(1, Math.ceil(hours / 24));
}

function midpoint([low, high]: HourRange): number {
  return (low + high) / 2;
}
