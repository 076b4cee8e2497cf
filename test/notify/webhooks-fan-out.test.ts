import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEndpoint, updateEndpoint } from '../../src/notify/webhooks/endpoint-store.js';
import { fanOutBatch } from '../../src/notify/webhooks/fan-out.js';
import { webhookIdFor } from '../../src/notify/webhooks/webhook-id.js';
import type { OutboxMessage } from '../../src/store/repositories/outbox.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';

const NOW = new Date('2026-11-26T10:00:00Z');

describe.each(DIALECTS)('merchant webhook fan-out of a relay batch on %s', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
  });
  afterEach(async () => {
    await store.dispose();
  });

  let seq = 0;
  const message = (tenantId: string, type: string): OutboxMessage => ({
    seq: (seq += 1),
    position: seq,
    id: `outbox-${seq}`,
    requestId: null,
    tenantId,
    shipmentId: `shipment-${seq}`,
    type,
    payload: { shipmentId: `shipment-${seq}` },
    createdAt: NOW.toISOString(),
  });
  const deliveries = () =>
    store.db
      .selectFrom('webhook_deliveries')
      .select(['webhook_id', 'tenant_id', 'endpoint_id', 'outbox_id', 'event_type', 'state'])
      .execute();

  it('writes each message of the batch to the endpoints that want it, and nothing more when handed over again', async () => {
    const shop = await createTenant(store.db, 'Shop', NOW);
    const other = await createTenant(store.db, 'Other shop', NOW);
    const everything = await createEndpoint(
      store.db,
      { tenantId: shop.id, url: 'https://hooks.shop.example/all', events: ['*'] },
      NOW,
    );
    const deliveredOnly = await createEndpoint(
      store.db,
      { tenantId: shop.id, url: 'https://hooks.shop.example/delivered', events: ['delivered'] },
      NOW,
    );
    const paused = await createEndpoint(
      store.db,
      { tenantId: shop.id, url: 'https://hooks.shop.example/paused', events: ['*'] },
      NOW,
    );
    await updateEndpoint(store.db, shop.id, paused.id, { enabled: false }, NOW);
    const elsewhere = await createEndpoint(
      store.db,
      { tenantId: other.id, url: 'https://hooks.other.example/', events: ['status.changed'] },
      NOW,
    );
    const batch = [
      message(shop.id, 'status.changed'),
      message(other.id, 'status.changed'),
      message(shop.id, 'delivered'),
      message(other.id, 'delivered'),
    ];

    expect(await fanOutBatch(store.db, batch, NOW)).toBe(4);
    const wanted: [OutboxMessage, string][] = [
      [batch[0]!, everything.id],
      [batch[1]!, elsewhere.id],
      [batch[2]!, everything.id],
      [batch[2]!, deliveredOnly.id],
    ];
    const expected = wanted.map(([m, endpointId]) => ({
      webhook_id: webhookIdFor(m.id, endpointId),
      tenant_id: m.tenantId,
      endpoint_id: endpointId,
      outbox_id: m.id,
      event_type: m.type,
      state: 'pending',
    }));
    const byWebhookId = (a: { webhook_id: string }, b: { webhook_id: string }) =>
      a.webhook_id.localeCompare(b.webhook_id);
    expect((await deliveries()).sort(byWebhookId)).toEqual(expected.sort(byWebhookId));

    // The relay is at-least-once: the same batch again, or part of it, adds no delivery.
    expect(await fanOutBatch(store.db, batch, NOW)).toBe(0);
    expect(await fanOutBatch(store.db, batch.slice(2), NOW)).toBe(0);
    expect(await deliveries()).toHaveLength(4);
  });
});
