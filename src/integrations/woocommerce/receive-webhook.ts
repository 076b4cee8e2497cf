import { WaybillError } from '../../domain/errors.js';
import { claimDelivery, finishDelivery, noteWebhook, recordDelivery } from './integration-state.js';
import { parseWebhook } from './parse-webhook.js';
import type { WooRest } from './rest-client.js';
import type { WooShop } from './shops.js';
import { syncOrder, type WooDeps } from './sync-order.js';

// A verified delivery from a WooCommerce site: read it, handle each order state once, and keep a
// line about it (shop_webhooks) and the site's health (shop_integrations).

export interface WebhookReceipt {
  readonly outcome: 'stored' | 'ignored' | 'failed' | 'duplicate';
  readonly detail: string;
}

export async function receiveWebhook(
  deps: WooDeps,
  shop: WooShop,
  rest: WooRest,
  delivery: {
    readonly topic?: string | undefined;
    readonly deliveryId?: string | undefined;
    readonly body: string;
    /** The HTTP request it came in: the outbox messages it causes name it. */
    readonly requestId?: string | undefined;
  },
): Promise<WebhookReceipt> {
  const { store } = deps;
  const now = deps.clock();
  const parsed = parseWebhook(delivery);
  const row = { tenantId: shop.tenantId, webhookId: parsed.key, topic: parsed.topic };

  if (parsed.kind === 'unreadable') {
    const detail = `unreadable ${parsed.topic} delivery: ${parsed.problem}`;
    await recordDelivery(store.db, row, 'failed', detail, now);
    await noteWebhook(store.db, shop.tenantId, now, detail);
    throw new WaybillError(parsed.malformedJson ? 'malformed_json' : 'validation_failed', detail);
  }
  if (parsed.kind === 'ignored') {
    await recordDelivery(store.db, row, 'ignored', parsed.reason, now);
    await noteWebhook(store.db, shop.tenantId, now);
    return { outcome: 'ignored', detail: parsed.reason };
  }

  const claim = await claimDelivery(store.db, row, now);
  if (claim === 'duplicate') {
    await noteWebhook(store.db, shop.tenantId, now);
    return {
      outcome: 'duplicate',
      detail: `order ${parsed.order.number} as modified at ${parsed.order.modifiedAt ?? 'an unknown time'} was received before`,
    };
  }
  const sync = await syncOrder(deps, shop, rest, parsed.order, {
    notesFailure: 'record',
    requestId: delivery.requestId,
  });
  await finishDelivery(store.db, row, sync.outcome, sync.detail, deps.clock());
  await noteWebhook(store.db, shop.tenantId, now, sync.outcome === 'failed' ? sync.detail : undefined);
  return { outcome: sync.outcome, detail: sync.detail };
}
