// The closed status model every carrier adapter maps onto. docs/status-model.md is generated
// from this table (npm run docs:statuses), so the contract and its documentation cannot drift.

export const STATUSES = [
  'pending',
  'info_received',
  'in_transit',
  'out_for_delivery',
  'available_for_pickup',
  'attempt_failed',
  'delivered',
  'exception',
  'return_to_sender',
  'expired',
  'cancelled',
] as const;
export type Status = (typeof STATUSES)[number];

/** Who has to act on an exception. */
export const EXCEPTION_REASONS = ['carrier', 'consignee', 'retailer', 'customs', 'force_majeure'] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

interface SubstatusInfo {
  readonly status: Status;
  readonly description: string;
  /** Only for `exception.*`: who must act. */
  readonly reason?: ExceptionReason;
}

export const STATUS_DESCRIPTIONS: Record<Status, string> = {
  pending: 'Registered with Waybill; the carrier has no information about it yet.',
  info_received: 'The carrier has the shipment data (a label exists) but has not scanned the parcel.',
  in_transit: 'The carrier has the parcel and it is moving through its network.',
  out_for_delivery: 'The parcel is on the vehicle that will deliver it today.',
  available_for_pickup: 'The parcel waits at a pickup point, locker or post office for the recipient.',
  attempt_failed: 'The carrier tried to deliver and could not; it will usually try again.',
  delivered: 'The parcel reached the recipient (or a place the recipient chose).',
  exception: 'Something stopped the normal journey; the reason says who must act.',
  return_to_sender: 'The parcel is going, or has gone, back to the sender.',
  expired: 'Tracking stopped without a final scan: the carrier never knew the number, or went silent.',
  cancelled: 'The shipment was cancelled before the carrier moved it.',
};

export const SUBSTATUSES = {
  'pending.registered': {
    status: 'pending',
    description: 'Registered; the first carrier lookup is still due.',
  },
  'pending.not_found': {
    status: 'pending',
    description: 'The carrier answered but does not know the number yet; common in the first hours.',
  },

  'info_received.label_created': {
    status: 'info_received',
    description: 'A shipping label was created and the carrier received the electronic data.',
  },
  'info_received.awaiting_pickup': {
    status: 'info_received',
    description: 'The carrier is scheduled to collect the parcel from the sender.',
  },

  'in_transit.picked_up': {
    status: 'in_transit',
    description: 'The carrier collected or accepted the parcel.',
  },
  'in_transit.origin_facility': {
    status: 'in_transit',
    description: "The parcel was scanned at the carrier's origin hub or sorting centre.",
  },
  'in_transit.linehaul': {
    status: 'in_transit',
    description: 'The parcel departed a facility and is travelling between hubs.',
  },
  'in_transit.destination_facility': {
    status: 'in_transit',
    description: 'The parcel arrived at the facility that serves the destination.',
  },
  'in_transit.customs': {
    status: 'in_transit',
    description: 'The parcel is going through customs clearance as a normal step; nobody needs to act.',
  },
  'in_transit.delayed': {
    status: 'in_transit',
    description: 'The carrier reports the parcel is moving but later than planned.',
  },
  'in_transit.rerouted': {
    status: 'in_transit',
    description:
      'The parcel was redirected to a new address or facility, at the recipient’s or carrier’s request.',
  },
  'in_transit.other': { status: 'in_transit', description: 'Any other scan while the parcel is moving.' },

  'out_for_delivery.on_vehicle': {
    status: 'out_for_delivery',
    description: 'Loaded onto the delivery vehicle for delivery today.',
  },
  'out_for_delivery.rescheduled': {
    status: 'out_for_delivery',
    description: 'Out for delivery again after an earlier attempt or delay.',
  },

  'available_for_pickup.pickup_point': {
    status: 'available_for_pickup',
    description: 'Waiting at a shop or access point for the recipient to collect.',
  },
  'available_for_pickup.locker': {
    status: 'available_for_pickup',
    description: 'Waiting in a parcel locker; the recipient has a code.',
  },
  'available_for_pickup.post_office': {
    status: 'available_for_pickup',
    description: 'Held at a post office or carrier depot for collection.',
  },

  'attempt_failed.recipient_absent': {
    status: 'attempt_failed',
    description: 'Nobody was available to receive the parcel.',
  },
  'attempt_failed.no_access': {
    status: 'attempt_failed',
    description: 'The driver could not reach the door (gate, building access, dog).',
  },
  'attempt_failed.business_closed': {
    status: 'attempt_failed',
    description: 'The business at the address was closed.',
  },
  'attempt_failed.other': { status: 'attempt_failed', description: 'Any other failed delivery attempt.' },

  'delivered.standard': { status: 'delivered', description: 'Delivered to the address.' },
  'delivered.signed': { status: 'delivered', description: 'Delivered and signed for.' },
  'delivered.neighbour': { status: 'delivered', description: 'Left with a neighbour.' },
  'delivered.safe_place': {
    status: 'delivered',
    description: 'Left in a safe place at the address (porch, garage, reception).',
  },
  'delivered.mailbox': { status: 'delivered', description: 'Put in the mailbox or letterbox.' },
  'delivered.collected': {
    status: 'delivered',
    description: 'Collected by the recipient from a pickup point, locker or post office.',
  },

  'exception.address_issue': {
    status: 'exception',
    reason: 'consignee',
    description: 'The address is wrong, incomplete or undeliverable; the recipient must confirm it.',
  },
  'exception.refused': {
    status: 'exception',
    reason: 'consignee',
    description: 'The recipient refused the parcel.',
  },
  'exception.payment_due': {
    status: 'exception',
    reason: 'consignee',
    description: 'Duties, taxes or cash on delivery must be paid before delivery.',
  },
  'exception.customs_hold': {
    status: 'exception',
    reason: 'customs',
    description: 'Customs is holding the parcel and needs documents or an inspection.',
  },
  'exception.missing_documents': {
    status: 'exception',
    reason: 'retailer',
    description: 'The sender must supply missing paperwork or label data.',
  },
  'exception.damaged': {
    status: 'exception',
    reason: 'carrier',
    description: 'The parcel was damaged in the carrier’s network.',
  },
  'exception.lost': {
    status: 'exception',
    reason: 'carrier',
    description: 'The carrier cannot find the parcel.',
  },
  'exception.carrier_delay': {
    status: 'exception',
    reason: 'carrier',
    description:
      'An operational problem at the carrier (missed connection, vehicle breakdown) holds the parcel.',
  },
  'exception.weather': {
    status: 'exception',
    reason: 'force_majeure',
    description: 'Weather, natural disaster or another event outside anyone’s control holds the parcel.',
  },
  'exception.other': {
    status: 'exception',
    reason: 'carrier',
    description: 'Any other exception the carrier reports; the carrier must act first.',
  },

  'return_to_sender.initiated': {
    status: 'return_to_sender',
    description: 'The carrier started returning the parcel to the sender.',
  },
  'return_to_sender.in_transit': {
    status: 'return_to_sender',
    description: 'The parcel is travelling back to the sender.',
  },
  'return_to_sender.delivered': {
    status: 'return_to_sender',
    description: 'The parcel arrived back at the sender.',
  },

  'expired.not_found': {
    status: 'expired',
    description: 'The carrier never knew the number within the configured number of days.',
  },
  'expired.no_updates': {
    status: 'expired',
    description: 'The carrier stopped sending updates for longer than tracking is kept open.',
  },

  'cancelled.by_retailer': { status: 'cancelled', description: 'The merchant cancelled the shipment.' },
  'cancelled.by_carrier': {
    status: 'cancelled',
    description: 'The carrier cancelled the shipment or label.',
  },
} as const satisfies Record<string, SubstatusInfo>;

export type Substatus = keyof typeof SUBSTATUSES;
export const SUBSTATUS_CODES = Object.keys(SUBSTATUSES) as Substatus[];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isSubstatus(value: unknown): value is Substatus {
  return typeof value === 'string' && Object.hasOwn(SUBSTATUSES, value);
}

export function statusOf(substatus: Substatus): Status {
  return SUBSTATUSES[substatus].status;
}

/** Who must act, for exception substatuses; undefined otherwise. */
export function exceptionReasonOf(substatus: Substatus): ExceptionReason | undefined {
  const info: SubstatusInfo = SUBSTATUSES[substatus];
  return info.reason;
}

/** The substatus used when an adapter only knows the top-level status. */
export const DEFAULT_SUBSTATUS: Record<Status, Substatus> = {
  pending: 'pending.registered',
  info_received: 'info_received.label_created',
  in_transit: 'in_transit.other',
  out_for_delivery: 'out_for_delivery.on_vehicle',
  available_for_pickup: 'available_for_pickup.pickup_point',
  attempt_failed: 'attempt_failed.other',
  delivered: 'delivered.standard',
  exception: 'exception.other',
  return_to_sender: 'return_to_sender.initiated',
  expired: 'expired.no_updates',
  cancelled: 'cancelled.by_retailer',
};
