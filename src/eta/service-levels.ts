import {
  MONDAY_TO_FRIDAY,
  MONDAY_TO_SATURDAY,
  TUESDAY_TO_SATURDAY,
  type DeliveryDays,
} from './calendar/delivery-days.js';
import type { Milestone } from './milestone.js';

// Published service levels: what we assume before a store has delivered anything (cold start),
// and which weekdays each carrier delivers on. docs/eta.md lists the same table; keep them in step.

export interface ServiceLevel {
  /** How the basis names it: "UPS Ground". */
  readonly name: string;
  readonly deliveryDays: DeliveryDays;
  /** Business days from hand-over to delivery: [fast end, typical, slow end] of the published range. */
  readonly transitDays: readonly [number, number, number];
}

type CarrierLevels = { readonly carrier: ServiceLevel; readonly services: Record<string, ServiceLevel> };

function level(
  name: string,
  deliveryDays: DeliveryDays,
  low: number,
  typical: number,
  high: number,
): ServiceLevel {
  return { name, deliveryDays, transitDays: [low, typical, high] };
}

const WEEKDAYS = MONDAY_TO_FRIDAY;

const CARRIERS: Record<string, CarrierLevels> = {
  ups: {
    carrier: level('UPS', WEEKDAYS, 1, 3, 5),
    services: {
      ground: level('UPS Ground', WEEKDAYS, 1, 3, 5),
      '3_day_select': level('UPS 3 Day Select', WEEKDAYS, 3, 3, 4),
      '2nd_day_air': level('UPS 2nd Day Air', WEEKDAYS, 2, 2, 3),
      next_day_air: level('UPS Next Day Air', WEEKDAYS, 1, 1, 2),
    },
  },
  fedex: {
    carrier: level('FedEx', WEEKDAYS, 1, 3, 5),
    services: {
      ground: level('FedEx Ground', WEEKDAYS, 1, 3, 5),
      home_delivery: level('FedEx Home Delivery', TUESDAY_TO_SATURDAY, 1, 3, 5),
      express_saver: level('FedEx Express Saver', WEEKDAYS, 3, 3, 4),
      '2day': level('FedEx 2Day', WEEKDAYS, 2, 2, 3),
      priority_overnight: level('FedEx Priority Overnight', WEEKDAYS, 1, 1, 2),
    },
  },
  usps: {
    carrier: level('USPS', MONDAY_TO_SATURDAY, 2, 3, 5),
    services: {
      ground_advantage: level('USPS Ground Advantage', MONDAY_TO_SATURDAY, 2, 3, 5),
      priority_mail: level('USPS Priority Mail', MONDAY_TO_SATURDAY, 1, 2, 3),
      priority_mail_express: level('USPS Priority Mail Express', MONDAY_TO_SATURDAY, 1, 1, 2),
    },
  },
  dhl: {
    carrier: level('DHL', WEEKDAYS, 1, 2, 5),
    services: {
      express: level('DHL Express', WEEKDAYS, 1, 2, 4),
      paket: level('DHL Paket', MONDAY_TO_SATURDAY, 1, 1, 2),
      ecommerce: level('DHL eCommerce', WEEKDAYS, 2, 5, 8),
    },
  },
};

/** Every published level, for documentation and its test: carrier, service ('' = any other). */
export function publishedServiceLevels(): { carrier: string; service: string; level: ServiceLevel }[] {
  return Object.entries(CARRIERS).flatMap(([carrier, levels]) => [
    { carrier, service: '', level: levels.carrier },
    ...Object.entries(levels.services).map(([service, level]) => ({ carrier, service, level })),
  ]);
}

/** Any carrier we know nothing about: a week-ish of weekday transit. */
export const GENERIC_SERVICE_LEVEL = level('', WEEKDAYS, 2, 4, 7);

function normalise(text: string | undefined): string {
  return (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
}

/** The published level for a carrier and service, falling back to the carrier's, then the generic one. */
export function serviceLevelOf(carrier: string, service?: string): ServiceLevel {
  const levels = CARRIERS[normalise(carrier)];
  if (!levels) return GENERIC_SERVICE_LEVEL;
  return levels.services[normalise(service)] ?? levels.carrier;
}

/**
 * Published ranges are from hand-over. Before it, add the shop's handling time; later milestones
 * leave less: one business day from the destination facility, the same day once out for delivery.
 */
export function transitDaysFrom(
  milestone: Milestone,
  level: ServiceLevel,
): readonly [number, number, number] {
  const [low, typical, high] = level.transitDays;
  switch (milestone) {
    case 'purchase':
      return [low, typical + 1, high + 3];
    case 'shipped':
      return level.transitDays;
    case 'in_transit':
      return [Math.max(0, low - 1), Math.max(0, typical - 1), Math.max(1, high - 1)];
    case 'destination_facility':
      return [0, 1, 2];
    case 'out_for_delivery':
      return [0, 0, 1];
  }
}
