import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { Notifications } from '../../src/notify/notifications.js';
import { PushChannel } from '../../src/notify/push/push-channel.js';
import { subscribePush } from '../../src/notify/push/subscribe.js';
import { recipientsFor } from '../../src/notify/recipients.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { waitForValue } from './wait-value.js';
import { browserSubscription, LocalPushService, PUSH_SERVICE_CA } from './push-service.js';

// Web push in the running system: a scan makes a domain event, the notify core renders it, the
// PushChannel sends it, and a push service's 410 removes the subscription.
const CONFIG = () => ({
  'simulator.enabled': false,
  'push.allowedDestinations': ['127.0.0.1'],
  // No quiet hours and no digest wait: the test should not depend on the hour it runs at.
  'notify.quietHours.start': '00:00',
  'notify.quietHours.end': '00:00',
  'notify.digestWindowMs': 0,
});

describe.each(DIALECTS)('push notifications end to end on %s', (dialect) => {
  let t: TestApp | undefined;
  let service: LocalPushService | undefined;
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    await service?.stop();
    await t?.close();
    t = service = stop = undefined;
  });

  it('pushes the delivery to the browser, and a 410 from the push service removes the subscription', async () => {
    t = await testApp(dialect);
    service = new LocalPushService();
    const port = await service.start();
    const config = loadConfig({}, CONFIG());
    const push = new PushChannel(t.store, config.push, { ca: PUSH_SERVICE_CA });
    const relay = new OutboxRelay(t.store, { pollIntervalMs: 20, retryDelayMs: () => 20 });
    const notifications = new Notifications(t.store, config, { channels: new Map([['push', push]]) });
    notifications.attach(relay);
    relay.start();
    notifications.start();
    stop = async () => {
      await notifications.stop();
      await relay.stop();
      push.close();
    };

    const scan = (status: string, occurredAt: string) =>
      t!.app.inject({
        method: 'POST',
        url: '/v1/events',
        headers: t!.auth,
        payload: {
          events: [
            {
              trackingNumber: 'WBPUSHE2E1',
              occurredAt,
              status,
              rawDescription: status,
              location: { city: 'Berlin', country: 'DE' },
            },
          ],
        },
      });
    expect((await scan('in_transit.origin_facility', '2026-11-20T09:15:00+01:00')).statusCode).toBe(200);
    const [shipment] = (await t.app.inject({ url: '/v1/shipments', headers: t.auth })).json<{
      data: { id: string }[];
    }>().data;
    const browser = browserSubscription(`https://127.0.0.1:${port}/push/e2e`);
    await subscribePush(
      t.store.db,
      {
        tenantId: t.tenantId,
        shipmentId: shipment!.id,
        subscription: browser.subscription,
        locale: 'en',
        timeZone: 'Europe/Berlin',
      },
      new Date(),
    );

    await scan('out_for_delivery.on_vehicle', '2026-11-21T07:30:00+01:00');
    // The first scan's "shipped" may reach the browser too, depending on when it was dispatched.
    const onVehicle = await waitForValue(
      () => service!.requests.find((r) => r.headers.urgency === 'high'),
      'the out-for-delivery push',
    );
    expect(onVehicle.headers).toMatchObject({ urgency: 'high', topic: shipment!.id, ttl: '86400' });
    const shown = JSON.parse(browser.decrypt(onVehicle.body).toString('utf8')) as Record<string, string>;
    expect(shown).toMatchObject({
      title: expect.any(String),
      body: expect.any(String),
      tag: expect.stringContaining('WBPUSHE2E1'),
    });
    expect(shown['url']).toMatch(/^http/);

    // The browser unsubscribed: the push service says 410 and the recipient goes.
    service.answer = () => 410;
    const before = service.requests.length;
    await scan('delivered.standard', '2026-11-21T11:02:00+01:00');
    await waitFor(() => service!.requests.length > before, 'the delivered push');
    await waitFor(
      async () => (await recipientsFor(t!.store.db, shipment!.id)).length === 0,
      'the recipient removed',
    );
  });
});
