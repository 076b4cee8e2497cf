import { orderedAtProblem } from './ordered-at.js';
import { DateTime } from 'luxon';
import { deriveState } from '../domain/derive.js';
import { WaybillError } from '../domain/errors.js';
import { domainEventsFor } from '../domain/domain-events.js';
import type { Shipment } from '../domain/shipment.js';
import type { Store } from '../store/open-store.js';
import { retryOnConflict } from '../store/retry.js';
import { appendToOutbox } from '../store/repositories/outbox.js';
import { findShipmentByNumber, insertNewShipmentRows } from '../store/repositories/shipments.js';
import type { ShipmentDetails } from './ingest-item.js';
import { newShipmentRow } from './new-shipment.js';
import { normalizeTrackingNumber } from './normalize.js';

export interface Registration {
  readonly shipment: Shipment;
  /** False when the tenant already tracked this number: the existing shipment is returned. */
  readonly created: boolean;
}

/** Registers a number for a tenant once; `shipment.created` commits with the row. */
export async function registerShipment(
  store: Store,
  input: {
    tenantId: string;
    trackingNumber: string;
    carrier: string;
    details?: ShipmentDetails;
    /** The request that registers it: its outbox messages name it (logs follow it through). */
    requestId?: string | undefined;
  },
  now: Date,
  onCommitted?: () => void,
): Promise<Registration> {
  const trackingNumber = normalizeTrackingNumber(input.trackingNumber);
  if (!/^[A-Z0-9]{4,40}$/.test(trackingNumber)) {
    throw new WaybillError('validation_failed', 'trackingNumber must be 4 to 40 letters or digits', {
      problems: [
        {
          field: 'body.trackingNumber',
          message: 'must be 4 to 40 letters or digits (spaces, dashes and dots are ignored)',
        },
      ],
    });
  }
  const promised = input.details?.promisedDate;
  if (promised && !DateTime.fromISO(promised, { zone: 'utc' }).isValid) {
    throw new WaybillError('validation_failed', `promisedDate ${promised} is not a calendar date`, {
      problems: [{ field: 'body.promisedDate', message: 'is not a calendar date (YYYY-MM-DD)' }],
    });
  }
  const ordered = input.details?.orderedAt;
  const orderedProblem = ordered ? orderedAtProblem(ordered, now) : undefined;
  if (orderedProblem !== undefined) {
    throw new WaybillError('validation_failed', `orderedAt ${ordered} ${orderedProblem}`, {
      problems: [{ field: 'body.orderedAt', message: orderedProblem }],
    });
  }
  const result = await retryOnConflict(() =>
    store.db.transaction().execute(async (trx) => {
      const row = newShipmentRow({
        tenantId: input.tenantId,
        trackingNumber,
        carrier: input.carrier,
        details: input.details,
        now: now.toISOString(),
      });
      await insertNewShipmentRows(trx, store.caps, [row]);
      const stored = await findShipmentByNumber(trx, input.tenantId, trackingNumber);
      if (!stored) throw new Error(`shipment ${trackingNumber} missing right after insert`);
      const created = stored.id === row.id;
      if (created) {
        const events = domainEventsFor(null, deriveState([]), { shipmentId: stored.id });
        const messages = events.map((e) => ({
          tenantId: input.tenantId,
          shipmentId: stored.id,
          type: e.type,
          payload: e.payload,
          requestId: input.requestId,
        }));
        await appendToOutbox(trx, store.caps, messages, now);
      }
      return { shipment: stored, created };
    }),
  );
  if (result.created) onCommitted?.();
  return result;
}
