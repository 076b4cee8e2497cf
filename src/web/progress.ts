import type { Shipment } from '../domain/shipment.js';
import type { Status } from '../domain/status.js';

export const STEPS = ['ordered', 'in_transit', 'out_for_delivery', 'delivered'] as const;
export type Step = (typeof STEPS)[number];

export interface Progress {
  /** Index in STEPS of the step the parcel is at; -1 before the label exists. */
  readonly current: number;
  /** The journey left the happy path: the current step is shown as needing attention. */
  readonly troubled: boolean;
}

const STEP_OF: Record<Status, number | 'by_scans'> = {
  pending: -1,
  info_received: 0,
  in_transit: 1,
  out_for_delivery: 2,
  available_for_pickup: 2,
  attempt_failed: 2,
  delivered: 3,
  exception: 'by_scans',
  return_to_sender: 'by_scans',
  expired: 'by_scans',
  cancelled: 0,
};

const TROUBLED: ReadonlySet<Status> = new Set([
  'attempt_failed',
  'exception',
  'return_to_sender',
  'expired',
  'cancelled',
]);

export function progressOf(shipment: Pick<Shipment, 'status' | 'firstScanAt'>): Progress {
  const step = STEP_OF[shipment.status];
  const current = step === 'by_scans' ? (shipment.firstScanAt === null ? 0 : 1) : step;
  return { current, troubled: TROUBLED.has(shipment.status) };
}
