import { WaybillError } from '../../domain/errors.js';
import type { CarrierChoice } from '../../http/carrier-choice.js';
import { ingestOrder } from '../../orders/ingest-order.js';
import type { ParcelOutcome } from '../../orders/order-input.js';
import type { Store } from '../../store/open-store.js';
import { noteTexts, numbersInNotes, type NumberInNotes } from './notes.js';
import { notShippingReason, orderInputFor } from './order-input.js';
import type { WooOrder } from './parse-order.js';
import { WooCommerceError, type WooRest } from './rest-client.js';
import type { WooShop } from './shops.js';

// One WooCommerce order into Waybill, for the webhook and the backfill alike: its parcels from
// the Shipment Tracking meta or else from its notes (one REST call), then ingestOrder.

export interface WooDeps {
  readonly store: Store;
  readonly clock: () => Date;
  readonly detectCarrier: (trackingNumber: string) => CarrierChoice;
  readonly onCommitted?: (() => void) | undefined;
}

export interface OrderSync {
  readonly outcome: 'stored' | 'ignored' | 'failed';
  /** One sentence for the webhook log and the CLI. */
  readonly detail: string;
  /** Set when the order was stored. */
  readonly orderId?: string;
  readonly parcels?: readonly ParcelOutcome[];
}

export interface SyncOptions {
  /**
   * What a notes read that fails does: `record` (a webhook, which WooCommerce never resends)
   * stores the order without tracking and reports the failure; `throw` (the backfill) stops, so
   * the page is read again on the next run.
   */
  readonly notesFailure: 'record' | 'throw';
  /** The webhook's HTTP request, named by the outbox messages the order causes. */
  readonly requestId?: string | undefined;
}

export async function syncOrder(
  deps: WooDeps,
  shop: WooShop,
  rest: WooRest,
  order: WooOrder,
  options: SyncOptions,
): Promise<OrderSync> {
  const skip = notShippingReason(order);
  if (skip !== undefined) return { outcome: 'ignored', detail: `${skip}: nothing registered` };

  let inNotes: NumberInNotes[] = [];
  let notesError: string | undefined;
  if (order.trackingItems.length === 0) {
    try {
      inNotes = numbersInNotes(noteTexts(await rest.orderNotes(order.id)));
    } catch (error) {
      if (!(error instanceof WooCommerceError) || options.notesFailure === 'throw') throw error;
      notesError = error.message;
    }
  }

  const now = deps.clock();
  const { input } = orderInputFor(order, shop, now, inNotes);
  let result;
  try {
    result = await ingestOrder(deps.store, input, now, {
      detectCarrier: deps.detectCarrier,
      mode: 'lenient',
      onCommitted: deps.onCommitted,
      requestId: options.requestId,
    });
  } catch (error) {
    if (!(error instanceof WaybillError)) throw error;
    return { outcome: 'failed', detail: `order ${order.number} was refused: ${error.message}` };
  }
  const detail = describe(order.number, result.parcels, result.created);
  if (notesError !== undefined)
    return {
      outcome: 'failed',
      detail: `${detail}; its notes could not be read, so tracking numbers there were missed: ${notesError}`,
      orderId: result.order.id,
      parcels: result.parcels,
    };
  return { outcome: 'stored', detail, orderId: result.order.id, parcels: result.parcels };
}

function describe(number: string, parcels: readonly ParcelOutcome[], created: boolean): string {
  const head = `order ${number} ${created ? 'stored' : 'updated'}`;
  if (parcels.length === 0) return `${head}; no tracking number yet`;
  const tracked = parcels.flatMap((p) => ('shipmentId' in p ? [p] : []));
  const refused = parcels.flatMap((p) => ('problem' in p ? [p] : []));
  const parts: string[] = [];
  const added = tracked.filter((p) => p.created).length;
  if (added > 0) parts.push(`${added} parcel${added === 1 ? '' : 's'} registered`);
  if (tracked.length > added) parts.push(`${tracked.length - added} already tracked`);
  for (const p of refused) parts.push(`${p.trackingNumber} not tracked: ${p.problem}`);
  return `${head}; ${parts.join('; ')}`;
}
