import type { Shipment } from '../domain/shipment.js';
import type { TrackingEvent } from '../domain/tracking-event.js';
import {
  EtaModel,
  latestMilestoneOf,
  milestoneTimesOf,
  toEstimatedDeliveryWindow,
  type EtaModelOptions,
  type Lane,
  type LanePlace,
  type MilestoneTimes,
  type Prediction,
} from '../eta/index.js';
import { parseIsoDate } from '../eta/calendar/civil-day.js';
import { localDayOf } from '../eta/calendar/local-day.js';
import { destinationZone } from './destination-zone.js';

/**
 * The running system's view of the pure model in src/eta: it learns from delivered shipments
 * and predicts for shipments on their way, from a shipment and its timeline.
 */
export class Estimator {
  readonly model: EtaModel;

  constructor(options: EtaModelOptions = {}) {
    this.model = new EtaModel(options);
  }

  private observed = 0;

  get deliveriesObserved(): number {
    return this.observed;
  }

  /** Learns from a delivered shipment. Others are ignored. */
  observe(shipment: Shipment, events: readonly TrackingEvent[]): void {
    if (shipment.status !== 'delivered' || shipment.deliveredAt === null) return;
    this.recordShownWindow(shipment, events);
    this.model.observe({
      lane: laneOf(shipment),
      zone: destinationZone(shipment.destination),
      deliveredAt: Date.parse(shipment.deliveredAt),
      milestones: milestonesOf(shipment, events),
      carrierEstimate: firstCarrierEstimate(events),
      promisedDate: shipment.promisedDate ?? undefined,
    });
    this.observed += 1;
  }

  /**
   * Tells the model whether the last window shown for a delivered shipment held the delivery day,
   * so later windows stay calibrated (window-calibration.ts). The window came from the latest
   * milestone reached before it was predicted.
   */
  private recordShownWindow(shipment: Shipment, events: readonly TrackingEvent[]): void {
    const shown = shipment.estimate;
    if (!shown || shipment.deliveredAt === null) return;
    const predictedAt = Date.parse(shown.predictedAt);
    const times = milestonesOf(shipment, events);
    const before: MilestoneTimes = Object.fromEntries(
      Object.entries(times).filter(([, at]) => at !== undefined && at <= predictedAt),
    );
    const from = latestMilestoneOf(before);
    const low = parseIsoDate(shown.earliest);
    const high = parseIsoDate(shown.latest);
    if (!from || low === undefined || high === undefined) return;
    const day = localDayOf(Date.parse(shipment.deliveredAt), destinationZone(shipment.destination));
    this.model.recordWindowOutcome(from.milestone, day < low ? 'early' : day > high ? 'late' : 'inside');
  }

  /**
   * A shipment was handed to the carrier: until it is delivered it counts as under way on its lane,
   * where parcels running late show a slowdown before they arrive (src/eta/slowdown.ts). Told once
   * per shipment: on the scan that moved it into transit, or at start-up for those under way.
   */
  handedOver(shipment: Shipment, events: readonly TrackingEvent[] = []): void {
    const at =
      milestonesOf(shipment, events).shipped ??
      (shipment.firstScanAt ? Date.parse(shipment.firstScanAt) : undefined);
    if (at === undefined || TERMINAL.has(shipment.status)) return;
    this.model.handedOver({ lane: laneOf(shipment), zone: destinationZone(shipment.destination), at });
  }

  /** A prediction for a shipment still on its way; undefined when there is nothing to predict. */
  predict(shipment: Shipment, events: readonly TrackingEvent[], now: Date): Prediction | undefined {
    if (TERMINAL.has(shipment.status)) return undefined;
    const latest = latestMilestoneOf(milestonesOf(shipment, events));
    if (!latest) return undefined;
    return this.model.predict({
      lane: laneOf(shipment),
      zone: destinationZone(shipment.destination),
      milestone: latest.milestone,
      milestoneAt: latest.at,
      now: now.getTime(),
      carrierEstimate: latestCarrierEstimate(events),
      promisedDate: shipment.promisedDate ?? undefined,
    });
  }
}

export { toEstimatedDeliveryWindow };

// Nothing left to predict: the parcel arrived, went back, or tracking ended.
const TERMINAL = new Set(['delivered', 'return_to_sender', 'expired', 'cancelled']);

function placeOf(place: Shipment['origin']): LanePlace {
  return { country: place?.country, region: place?.region, postalCode: place?.postalCode, city: place?.city };
}

/** The merchant is the tenant at the place it ships from: handling time is each warehouse's. */
function merchantOf(shipment: Shipment): string {
  const from = shipment.origin?.postalCode ?? shipment.origin?.city ?? '';
  return `${shipment.tenantId}|${from.trim().toUpperCase()}`;
}

function laneOf(shipment: Shipment): Lane {
  return {
    carrier: shipment.carrier,
    service: shipment.service ?? undefined,
    origin: placeOf(shipment.origin),
    destination: placeOf(shipment.destination),
    merchant: merchantOf(shipment),
  };
}

/** Milestones from the scans; the order time, or failing it the registration, is the purchase. */
function milestonesOf(shipment: Shipment, events: readonly TrackingEvent[]): MilestoneTimes {
  return { purchase: Date.parse(shipment.orderedAt ?? shipment.createdAt), ...milestoneTimesOf(events) };
}

/** The carrier's estimates in the order it gave them (UTC instants sort as text). */
export function carrierEstimatesOf(events: readonly TrackingEvent[]): { at: string; date: string }[] {
  return events
    .filter((e): e is TrackingEvent & { carrierEstimate: string } => e.carrierEstimate !== undefined)
    .map((e) => ({ at: e.occurredAt, date: e.carrierEstimate }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function firstCarrierEstimate(events: readonly TrackingEvent[]): string | undefined {
  return carrierEstimatesOf(events)[0]?.date;
}

function latestCarrierEstimate(events: readonly TrackingEvent[]): string | undefined {
  return carrierEstimatesOf(events).at(-1)?.date;
}
