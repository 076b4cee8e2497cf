import { afterEach, describe, expect, it } from 'vitest';
import type { Shipment } from '../../src/domain/shipment.js';
import { attemptsForShipment } from '../../src/notify/queue.js';
import { addRecipient } from '../../src/notify/recipients.js';
import { twilioSignature } from '../../src/notify/sms/signature.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { until } from './until.js';
import { notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startLocalTwilio, TWILIO_TOKEN, type LocalTwilio } from './twilio-server.js';

const BERLIN = '+4915112345678';
const LOS_ANGELES = '+13105550123';
const LOS_ANGELES_2 = '+13105550188';
const NEW_YORK = '+12125550147';

describe.each(DIALECTS)('quiet hours and STOP across time zones (%s)', (dialect) => {
  let twilio: LocalTwilio | undefined;
  let h: NotifyHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await twilio?.close();
    h = undefined;
    twilio = undefined;
  });

  async function texter(shipment: Shipment, address: string, timeZone: string) {
    await addRecipient(
      h!.store.db,
      {
        tenantId: h!.tenantId,
        shipmentId: shipment.id,
        channel: 'sms',
        address,
        details: {},
        locale: 'en',
        timeZone,
        consentText: 't',
      },
      h!.now(),
    );
  }
  const log = (shipment: Shipment) => attemptsForShipment(h!.store.db, h!.tenantId, shipment.id);

  it('defers a text to 08:00 local, sends the rest now, and a STOP in the night wins', async () => {
    twilio = await startLocalTwilio();
    // 14:00 UTC: 15:00 in Berlin, 06:00 in Los Angeles.
    h = await notifyHarness(dialect, { twilioBaseUrl: twilio.baseUrl, now: '2026-11-26T14:00:00.000Z' });
    const shipment = await h.shipment('SIM300000000001');
    await texter(shipment, BERLIN, 'Europe/Berlin');
    await texter(shipment, LOS_ANGELES, 'America/Los_Angeles');
    await texter(shipment, LOS_ANGELES_2, 'America/Los_Angeles');
    await h.scan(shipment, 'out_for_delivery.on_vehicle', '2026-11-26T14:50:00+01:00');

    await waitFor(
      async () => (await log(shipment)).filter((a) => a.outcome === 'deferred').length === 2,
      'two deferrals',
    );
    await waitFor(() => twilio!.requests.length === 1, 'the Berlin text');
    expect(twilio.requests.map((r) => r.to)).toEqual([BERLIN]);
    const deferred = (await log(shipment)).filter((a) => a.outcome === 'deferred');
    for (const attempt of deferred) expect(attempt.error).toContain('until 2026-11-26T16:00:00.000Z');

    // One of the Los Angeles numbers texts STOP before morning.
    const app = await h.app();
    const fields = { From: LOS_ANGELES, Body: 'STOP' };
    await app.inject({
      method: 'POST',
      url: '/v1/sms/inbound',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(
          TWILIO_TOKEN,
          'https://track.example.com/v1/sms/inbound',
          fields,
        ),
      },
      payload: new URLSearchParams(fields).toString(),
    });

    h.setNow('2026-11-26T16:00:01.000Z'); // 08:00:01 in Los Angeles
    await waitFor(() => twilio!.requests.length === 2, 'the morning text');
    await waitFor(
      async () => (await log(shipment)).some((a) => a.outcome === 'skipped'),
      'the skipped STOP number',
    );
    expect(twilio.requests.map((r) => r.to)).toEqual([BERLIN, LOS_ANGELES_2]);
    // Deferred, not dropped: the morning text is the same message, with the same idempotency key.
    const morning = (await log(shipment)).filter(
      (a) => a.recipientId === deferred.find((d) => d.outcome)?.recipientId,
    );
    expect(new Set(morning.map((a) => a.idempotencyKey)).size).toBe(1);
  });

  it('ends the night at 08:00 EST after the fall-back change (New York, 1 November 2026)', async () => {
    twilio = await startLocalTwilio();
    // 23:00 EDT on Saturday 31 October.
    h = await notifyHarness(dialect, { twilioBaseUrl: twilio.baseUrl, now: '2026-11-01T03:00:00.000Z' });
    const shipment = await h.shipment('SIM300000000002', 'US');
    await texter(shipment, NEW_YORK, 'America/New_York');
    await h.scan(shipment, 'in_transit.picked_up', '2026-10-31T22:55:00-04:00');
    const deferral = await until(
      async () => (await log(shipment)).find((a) => a.outcome === 'deferred'),
      'the deferral',
    );
    // 08:00 EST is 13:00 UTC, not 12:00: the night was 25 hours long.
    expect(deferral.error).toContain('until 2026-11-01T13:00:00.000Z');
    h.setNow('2026-11-01T12:30:00.000Z'); // 07:30 EST: 08:30 had it still been EDT
    await h.notifications.sender.drain();
    expect(twilio.requests).toEqual([]);
    h.setNow('2026-11-01T13:00:01.000Z');
    await waitFor(() => twilio!.requests.length === 1, 'the text at 08:00 EST');
  });
});
