import type { DerivedState } from './derive.js';
import { deriveState } from './derive.js';
import type { EstimatedDeliveryWindow } from './shipment.js';
import type { ExceptionReason, Status, Substatus } from './status.js';
import type { DerivedFacts } from './stall.js';

interface StatusPoint {
  readonly status: Status;
  readonly substatus: Substatus;
}

/**
 * Payload of each domain event, by type. A new event (eta.changed, delay.detected) is one more
 * entry here and one more line in DOMAIN_EVENT_TYPES. Payloads are type aliases, not interfaces,
 * so they stay assignable to Record<string, unknown>; they carry ids, codes and instants only,
 * never names, addresses or contact details, because they leave the system in webhooks.
 */
export type DomainEventPayloads = {
  'shipment.created': { shipmentId: string; status: Status; substatus: Substatus };
  'status.changed': { shipmentId: string; from: StatusPoint; to: StatusPoint };
  'exception.raised': { shipmentId: string; substatus: Substatus; reason: ExceptionReason | null };
  delivered: { shipmentId: string; substatus: Substatus; deliveredAt: string | null };
  stalled: { shipmentId: string; status: Status; substatus: Substatus; businessDaysSilent: number };
  /** The carrier gave a new delivery estimate (its own, not ours). */
  'carrier_estimate.changed': { shipmentId: string; from: string | null; to: string };
  'eta.changed': {
    shipmentId: string;
    previous: EstimatedDeliveryWindow | null;
    window: EstimatedDeliveryWindow;
    /** Days the most likely date moved (later is positive); null for the first estimate. */
    shiftDays: number | null;
  };
  'delay.detected': {
    shipmentId: string;
    reason: 'promise_at_risk' | 'carrier_estimate_slipped' | 'stalled';
    window: EstimatedDeliveryWindow;
    promisedDate: string | null;
    detail: string;
  };
};

export type DomainEventType = keyof DomainEventPayloads;

export type DomainEvent = {
  [Type in DomainEventType]: { readonly type: Type; readonly payload: DomainEventPayloads[Type] };
}[DomainEventType];

const EVERY_TYPE: Record<DomainEventType, true> = {
  'shipment.created': true,
  'status.changed': true,
  'exception.raised': true,
  delivered: true,
  stalled: true,
  'carrier_estimate.changed': true,
  'eta.changed': true,
  'delay.detected': true,
};
/** Every domain event type; the record above makes the compiler insist the list is complete. */
export const DOMAIN_EVENT_TYPES = Object.keys(EVERY_TYPE) as DomainEventType[];

export interface DomainEventContext {
  readonly shipmentId: string;
}

// A new shipment is compared with an empty timeline, so one registered straight from a
// delivered scan still tells subscribers it changed status and was delivered.
const REGISTERED: DerivedState = deriveState([]);

/** The domain events a change of derived state emits, in a fixed order. */
export function domainEventsFor(
  before: DerivedState | null,
  after: DerivedState,
  context: DomainEventContext,
): DomainEvent[] {
  const { shipmentId } = context;
  const events: DomainEvent[] = [];
  if (before === null) {
    events.push({
      type: 'shipment.created',
      payload: { shipmentId, status: after.status, substatus: after.substatus },
    });
  }
  const from = before ?? REGISTERED;
  // A substatus names its status, so comparing substatuses catches a change of either.
  if (from.substatus !== after.substatus) {
    events.push({
      type: 'status.changed',
      payload: {
        shipmentId,
        from: { status: from.status, substatus: from.substatus },
        to: { status: after.status, substatus: after.substatus },
      },
    });
  }
  if (after.status === 'exception' && from.substatus !== after.substatus) {
    events.push({
      type: 'exception.raised',
      payload: { shipmentId, substatus: after.substatus, reason: after.exceptionReason },
    });
  }
  if (after.carrierEstimate !== null && after.carrierEstimate !== from.carrierEstimate) {
    events.push({
      type: 'carrier_estimate.changed',
      payload: { shipmentId, from: from.carrierEstimate, to: after.carrierEstimate },
    });
  }
  if (after.status === 'delivered' && from.status !== 'delivered') {
    events.push({
      type: 'delivered',
      payload: { shipmentId, substatus: after.substatus, deliveredAt: after.deliveredAt },
    });
  }
  return events;
}

/** `stalled` fires once, when the fact turns from false to true; never on every check while stalled. */
export function stalledEventFor(
  before: DerivedFacts | null,
  after: DerivedFacts,
  state: DerivedState,
  context: DomainEventContext,
): DomainEvent[] {
  if (!after.stalled || before?.stalled === true) return [];
  return [
    {
      type: 'stalled',
      payload: {
        shipmentId: context.shipmentId,
        status: state.status,
        substatus: state.substatus,
        businessDaysSilent: after.businessDaysSilent,
      },
    },
  ];
}
