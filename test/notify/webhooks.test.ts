import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { waitForValue } from './wait-value.js';
import { webhookHarness, type WebhookHarness } from './webhook-harness.js';

interface Delivery {
  id: string;
  webhookId: string;
  state: string;
  eventType: string;
  attempts: number;
  attemptLog: { attempt: number; statusCode: number | null; outcome: string }[];
}

describe.each(DIALECTS)('merchant webhooks on %s', (dialect) => {
  let h: WebhookHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const deliveriesOf = async (endpointId: string, query = '') => {
    const res = await h!.get(`/v1/webhook-endpoints/${endpointId}/deliveries${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Delivery[] }>().items;
  };

  it('signs every message so the Standard Webhooks library verifies it, and sends only the events asked for', async () => {
    h = await webhookHarness(dialect);
    const all = await h.createEndpoint(['*']);
    const shipmentId = await h.registerShipment('WBHOOK0001');
    await waitFor(() => h!.receiver.deliveredIds().size === 1, 'the shipment.created webhook');
    const [first] = h.receiver.received;
    expect(first).toMatchObject({
      verified: true,
      answered: 200,
      payload: { type: 'shipment.created', data: { shipmentId, status: 'pending' } },
    });
    expect(first!.webhookId).toMatch(/^msg_/);
    // Ids and codes only: nothing about people or places leaves in a webhook.
    expect(Object.keys(first!.payload!.data).sort()).toEqual(['shipmentId', 'status', 'substatus']);

    // An endpoint that only wants deliveries hears nothing about a new shipment.
    const deliveredOnly = await h.createEndpoint(['delivered']);
    await h.registerShipment('WBHOOK0002');
    await waitFor(() => h!.receiver.deliveredIds().size === 2, 'the second shipment.created');
    await waitFor(
      async () => (await deliveriesOf(all.id)).every((d) => d.state === 'delivered'),
      'both recorded as delivered',
    );
    expect(await deliveriesOf(deliveredOnly.id)).toEqual([]);
    expect((await deliveriesOf(all.id)).map((d) => d.eventType)).toEqual([
      'shipment.created',
      'shipment.created',
    ]);
  });

  it('retries a receiver that answers 500, then 200, with the same webhook-id, and logs both attempts', async () => {
    h = await webhookHarness(dialect);
    const endpoint = await h.createEndpoint(['shipment.created']);
    h.receiver.answer = ({ seen }) => (seen === 0 ? 500 : 200);
    const shipmentId = await h.registerShipment('WBHOOK0003');
    await waitFor(() => h!.receiver.deliveredIds().size === 1, 'delivery after the retry');

    const tries = h.receiver.received;
    expect(tries.map((r) => r.answered)).toEqual([500, 200]);
    expect(tries.every((r) => r.verified)).toBe(true);
    expect(tries[1]!.webhookId).toBe(tries[0]!.webhookId);

    // The receiver answers before the sender records the answer: wait for the final state
    // (delivered is the last write to this delivery), then check that the log agrees with it.
    const [delivery] = await waitForValue(async () => {
      const items = await deliveriesOf(endpoint.id);
      return items[0]?.state === 'delivered' ? items : undefined;
    }, 'the delivery recorded as delivered');
    expect(delivery).toMatchObject({ webhookId: tries[0]!.webhookId, state: 'delivered', attempts: 2 });
    expect(delivery!.attemptLog.map((a) => [a.attempt, a.statusCode, a.outcome])).toEqual([
      [1, 500, 'retry'],
      [2, 200, 'delivered'],
    ]);
    // The same log, found by shipment.
    const byShipment = await h.get(`/v1/webhook-deliveries?shipmentId=${shipmentId}`);
    expect(byShipment.json<{ items: Delivery[] }>().items.map((d) => d.attemptLog.length)).toEqual([2]);
  });

  it('dead-letters a message after the retry window and replays one, then all, with the same webhook-ids', async () => {
    h = await webhookHarness(dialect, {
      'webhooks.retry.windowMs': 150,
      'webhooks.disableAfterDeadLetters': 10,
    });
    const endpoint = await h.createEndpoint(['shipment.created']);
    h.receiver.answer = () => 503;
    for (const n of [1, 2, 3]) await h.registerShipment(`WBHOOK010${n}`);
    const dead = await waitForValue(async () => {
      const res = await h!.get('/v1/webhook-dead-letters');
      const items = res.json<{ items: Delivery[] }>().items;
      return items.length === 3 ? items : undefined;
    }, 'three dead letters');
    expect(dead.every((d) => d.attemptLog.at(-1)?.outcome === 'dead')).toBe(true);
    expect(h.receiver.deliveredIds().size).toBe(0);

    h.receiver.answer = () => 200;
    const one = await h.post(`/v1/webhook-dead-letters/${dead[0]!.id}/replay`, {});
    expect(one.statusCode).toBe(202);
    expect(one.json()).toEqual({ replayed: 1 });
    await waitFor(() => h!.receiver.deliveredIds().has(dead[0]!.webhookId), 'the replayed message');
    expect(h.receiver.deliveredIds().size).toBe(1);
    expect((await h.get('/v1/webhook-dead-letters')).json<{ items: Delivery[] }>().items).toHaveLength(2);

    const rest = await h.post('/v1/webhook-dead-letters/replay', {});
    expect(rest.json()).toEqual({ replayed: 2 });
    await waitFor(() => h!.receiver.deliveredIds().size === 3, 'every replayed message');
    expect([...h.receiver.deliveredIds()].sort()).toEqual(dead.map((d) => d.webhookId).sort());
    expect(await deliveriesOf(endpoint.id, '?state=dead')).toEqual([]);

    // Replaying what is not a dead letter changes nothing.
    const again = await h.post(`/v1/webhook-dead-letters/${dead[0]!.id}/replay`, {});
    expect(again.statusCode).toBe(404);
  });

  it('disables an endpoint after persistent failure and tells the merchant on their other endpoint', async () => {
    h = await webhookHarness(dialect, {
      'webhooks.retry.windowMs': 100,
      'webhooks.disableAfterDeadLetters': 2,
    });
    const failing = await h.createEndpoint(['shipment.created']);
    // A second endpoint, on another path, hears about the first being disabled.
    const watcher = await h.createEndpoint(['webhook_endpoint.disabled'], `${h.receiverUrl}/ops`);
    h.receiver.answer = ({ path }) => (path.endsWith('/ops') ? 200 : 500);
    await h.registerShipment('WBHOOK0201');
    await h.registerShipment('WBHOOK0202');

    const disabled = await waitForValue(async () => {
      const res = await h!.get(`/v1/webhook-endpoints/${failing.id}`);
      const body = res.json<{
        enabled: boolean;
        disabledReason: string | null;
        consecutiveDeadLetters: number;
      }>();
      return body.enabled ? undefined : body;
    }, 'the endpoint to be disabled');
    expect(disabled.disabledReason).toMatch(/2 messages in a row failed/);
    expect(disabled.consecutiveDeadLetters).toBe(2);

    const notice = await waitForValue(
      () =>
        h!.t.store.db
          .selectFrom('outbox')
          .selectAll()
          .where('type', '=', 'webhook_endpoint.disabled')
          .executeTakeFirst(),
      'the webhook_endpoint.disabled message',
    );
    expect(JSON.parse(notice.payload)).toMatchObject({ endpointId: failing.id, deadLetters: 2 });
    const [watcherDelivery] = await waitForValue(async () => {
      const items = await deliveriesOf(watcher.id);
      return items.length > 0 ? items : undefined;
    }, 'the notice fanned out to the other endpoint');
    expect(watcherDelivery!.eventType).toBe('webhook_endpoint.disabled');
    await waitFor(() => h!.receiver.deliveredIds().has(watcherDelivery!.webhookId), 'the notice received');
    expect(h.receiver.received.find((r) => r.webhookId === watcherDelivery!.webhookId)).toMatchObject({
      verified: true,
      payload: { type: 'webhook_endpoint.disabled', data: { endpointId: failing.id } },
    });

    // A disabled endpoint's dead letters wait for it to be enabled again.
    const [deadOne] = await deliveriesOf(failing.id, '?state=dead');
    const refused = await h.post(`/v1/webhook-dead-letters/${deadOne!.id}/replay`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'conflict',
      detail: expect.stringContaining('enable it first'),
    });

    const enabled = await h.t.app.inject({
      method: 'PATCH',
      url: `/v1/webhook-endpoints/${failing.id}`,
      payload: { enabled: true },
      headers: h.t.auth,
    });
    expect(enabled.json()).toMatchObject({ enabled: true, disabledReason: null, consecutiveDeadLetters: 0 });
  });

  it('disables an endpoint at once when it answers 410 Gone', async () => {
    h = await webhookHarness(dialect);
    const endpoint = await h.createEndpoint(['*']);
    h.receiver.answer = () => 410;
    await h.registerShipment('WBHOOK0301');
    const body = await waitForValue(async () => {
      const res = await h!.get(`/v1/webhook-endpoints/${endpoint.id}`);
      const json = res.json<{ enabled: boolean; disabledReason: string | null }>();
      return json.enabled ? undefined : json;
    }, 'the endpoint to be disabled');
    expect(body.disabledReason).toMatch(/410 Gone/);
    expect(h.receiver.received).toHaveLength(1);
  });

  it('manages endpoints: list without secrets, patch, delete; bad input changes nothing', async () => {
    h = await webhookHarness(dialect);
    const created = await h.createEndpoint(['delivered', 'status.changed']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const list = await h.get('/v1/webhook-endpoints');
    expect(list.json<{ items: Record<string, unknown>[] }>().items).toEqual([
      expect.not.objectContaining({ secret: expect.anything() }),
    ]);
    const bad = await h.post('/v1/webhook-endpoints', { url: h.receiverUrl, events: ['nonsense'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    const patched = await h.t.app.inject({
      method: 'PATCH',
      url: `/v1/webhook-endpoints/${created.id}`,
      payload: { events: ['*'], description: 'all of it' },
      headers: h.t.auth,
    });
    expect(patched.json()).toMatchObject({ events: ['*'], description: 'all of it', enabled: true });
    const removed = await h.t.app.inject({
      method: 'DELETE',
      url: `/v1/webhook-endpoints/${created.id}`,
      headers: h.t.auth,
    });
    expect(removed.statusCode).toBe(204);
    expect((await h.get(`/v1/webhook-endpoints/${created.id}`)).statusCode).toBe(404);
    expect((await h.get('/v1/webhook-endpoints')).json()).toEqual({ items: [] });
  });
});
