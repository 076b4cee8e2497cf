import type { Substatus } from '../../domain/status.js';

/**
 * AT702 status reason codes (X12 element 1651) and how each refines the status of its AT701.
 * A reason never changes a delivered or out-for-delivery scan; it refines by the family of the
 * status code:
 * - `exception`: for exception codes (A7, A9, SD, PR): who must act and why;
 * - `attempt`: for failed attempts (AH, AP, and CD with an exceptional reason);
 * - `movement`: for scans of a moving parcel (in_transit); may escalate it to an exception,
 *   as the X12 guides ask ("any reason other than NS/NA is an exception reason"), or refine it
 *   (reconsigned, held for pick-up) when the reason is not a problem.
 * A reason without an entry for the family leaves the status code's own substatus.
 */
export interface ReasonEntry {
  readonly meaning: string;
  readonly exception?: Substatus;
  readonly attempt?: Substatus;
  readonly movement?: Substatus;
}

export const X12_REASON_MAP: Readonly<Record<string, ReasonEntry>> = {
  // Nothing unusual.
  NS: { meaning: 'Normal status' },
  NA: { meaning: 'Normal appointment' },
  // Delivery problems at the consignee.
  A1: {
    meaning: 'Missed delivery',
    exception: 'exception.carrier_delay',
    attempt: 'attempt_failed.other',
    movement: 'in_transit.delayed',
  },
  A2: {
    meaning: 'Incorrect address',
    exception: 'exception.address_issue',
    movement: 'exception.address_issue',
  },
  A5: { meaning: 'Unable to locate', exception: 'exception.address_issue' },
  AD: { meaning: 'Customer requested future delivery', movement: 'in_transit.delayed' },
  AG: { meaning: 'Consignee related' },
  AQ: { meaning: 'Recipient unavailable', attempt: 'attempt_failed.recipient_absent' },
  B1: { meaning: 'Consignee closed', attempt: 'attempt_failed.business_closed' },
  AN: {
    meaning: 'Holiday - closed',
    attempt: 'attempt_failed.business_closed',
    movement: 'in_transit.delayed',
  },
  BH: { meaning: 'Insufficient time to complete delivery', movement: 'in_transit.delayed' },
  // Refusal and payment: the recipient must act, whatever the status code said.
  BS: {
    meaning: 'Refused by customer',
    exception: 'exception.refused',
    attempt: 'exception.refused',
    movement: 'exception.refused',
  },
  C8: {
    meaning: 'COD required',
    exception: 'exception.payment_due',
    attempt: 'exception.payment_due',
    movement: 'exception.payment_due',
  },
  // The carrier's own operational problems.
  AF: {
    meaning: 'Accident',
    exception: 'exception.carrier_delay',
    movement: 'exception.carrier_delay',
  },
  AH: { meaning: 'Driver related', exception: 'exception.carrier_delay', movement: 'in_transit.delayed' },
  AI: {
    meaning: 'Mechanical breakdown',
    exception: 'exception.carrier_delay',
    movement: 'exception.carrier_delay',
  },
  AJ: {
    meaning: 'Other carrier related',
    exception: 'exception.carrier_delay',
    movement: 'in_transit.delayed',
  },
  AY: { meaning: 'Missed pick-up', exception: 'exception.carrier_delay', movement: 'in_transit.delayed' },
  D1: {
    meaning: 'Carrier dispatch error',
    exception: 'exception.carrier_delay',
    movement: 'in_transit.delayed',
  },
  P1: { meaning: 'Processing delay', exception: 'exception.carrier_delay', movement: 'in_transit.delayed' },
  // Nobody's fault.
  AO: {
    meaning: 'Weather or natural disaster related',
    exception: 'exception.weather',
    movement: 'exception.weather',
  },
  // The shipper must act.
  AM: {
    meaning: 'Shipper related',
    exception: 'exception.missing_documents',
    movement: 'exception.missing_documents',
  },
  BB: {
    meaning: 'Held per shipper',
    exception: 'exception.missing_documents',
    movement: 'exception.missing_documents',
  },
  BC: {
    meaning: 'Missing documents',
    exception: 'exception.missing_documents',
    movement: 'exception.missing_documents',
  },
  // Customs: paperwork problems hold the freight; border clearance alone is a routine step.
  AS: {
    meaning: 'Customs documentation',
    exception: 'exception.customs_hold',
    movement: 'exception.customs_hold',
  },
  CA: { meaning: 'Customs', exception: 'exception.customs_hold', movement: 'in_transit.customs' },
  BD: { meaning: 'Border clearance', exception: 'exception.customs_hold', movement: 'in_transit.customs' },
  // Held at the terminal for the consignee to collect.
  B5: { meaning: 'Held for consignee', movement: 'available_for_pickup.post_office' },
  C1: { meaning: 'Waiting for customer pick-up', movement: 'available_for_pickup.post_office' },
  // Sent elsewhere or back.
  RC: { meaning: 'Reconsigned', movement: 'in_transit.rerouted' },
  BT: {
    meaning: 'Returned to shipper',
    exception: 'return_to_sender.initiated',
    attempt: 'return_to_sender.initiated',
    movement: 'return_to_sender.initiated',
  },
  // Too vague to change anything.
  BG: { meaning: 'Other' },
};

/** NS/NA and an empty AT702 say nothing beyond the status code. */
export function isNormalReason(code: string): boolean {
  return code === '' || code === 'NS' || code === 'NA';
}
