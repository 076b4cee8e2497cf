import { afterEach, describe, expect, it } from 'vitest';
import { addRecipient } from '../../src/notify/recipients.js';
import { attemptsForShipment } from '../../src/notify/queue.js';
import { isOptedOut } from '../../src/notify/sms/opt-outs.js';
import { countSegments } from '../../src/notify/sms/segments.js';
import { twilioSignature } from '../../src/notify/sms/signature.js';
import type { Shipment } from '../../src/domain/shipment.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { until } from './until.js';
import { notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startLocalTwilio, TWILIO_SID, TWILIO_TOKEN, type LocalTwilio } from './twilio-server.js';

const PHONE = '+4915112345678';

describe.each(DIALECTS)('SMS through a Twilio-shaped server (%s)', (dialect) => {
  let twilio: LocalTwilio | undefined;
  let h: NotifyHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await twilio?.close();
    h = undefined;
    twilio = undefined;
  });

  async function setUp(number: string, locale = 'de') {
    twilio = await startLocalTwilio();
    h = await notifyHarness(dialect, { twilioBaseUrl: twilio.baseUrl });
    const shipment = await h.shipment(number);
    await addRecipient(
      h.store.db,
      {
        tenantId: h.tenantId,
        shipmentId: shipment.id,
        channel: 'sms',
        address: PHONE,
        details: {},
        locale,
        timeZone: 'Europe/Berlin',
        consentText: 'test',
      },
      h.now(),
    );
    return { h, twilio, shipment };
  }

  /** Posts a form to a Twilio webhook route, signed as Twilio signs it. */
  async function twilioPost(path: string, fields: Record<string, string>, sign = true) {
    const app = await h!.app();
    const url = `https://track.example.com${path}`;
    return app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(sign ? { 'x-twilio-signature': twilioSignature(TWILIO_TOKEN, url, fields) } : {}),
      },
      payload: new URLSearchParams(fields).toString(),
    });
  }

  const attempts = (shipment: Shipment) => attemptsForShipment(h!.store.db, h!.tenantId, shipment.id);

  it('sends through the Messages API with auth, idempotency token and status callback, in two segments at most', async () => {
    const { twilio, shipment } = await setUp('SIM200000000001');
    await h!.scan(shipment, 'exception.customs_hold', '2026-11-26T13:00:00+01:00');
    const sent = await until(() => twilio.requests[0], 'the Twilio request');
    expect(sent.accountSid).toBe(TWILIO_SID);
    expect(sent.to).toBe(PHONE);
    expect(sent.from).toBe('+15005550006');
    expect(sent.statusCallback).toBe('https://track.example.com/v1/sms/status');
    expect(sent.body).toMatch(
      /^Test Shop: Ihr Paket SIM200000000001 wird aufgehalten, weil es beim Zoll liegt/,
    );
    expect(sent.body).toMatch(/https:\/\/track\.example\.com\/t\/[A-Za-z0-9_-]{24}$/);
    expect(countSegments(sent.body).segments).toBeLessThanOrEqual(2);
    const log = await until(
      async () => ((await attempts(shipment)).length > 0 ? attempts(shipment) : undefined),
      'log',
    );
    expect(log.map((a) => [a.outcome, a.providerId])).toEqual([['sent', sent.sid]]);
    expect(sent.idempotencyToken).toBe(log[0]!.idempotencyKey);

    // Delivery reports arrive out of order: a final status is never replaced by an earlier one.
    expect(
      (await twilioPost('/v1/sms/status', { MessageSid: sent.sid, MessageStatus: 'delivered' })).statusCode,
    ).toBe(204);
    await twilioPost('/v1/sms/status', { MessageSid: sent.sid, MessageStatus: 'sent' });
    expect((await attempts(shipment))[0]!.providerStatus).toBe('delivered');
  });

  it('never texts a number after STOP, texts again after START, and answers HELP', async () => {
    const { twilio, shipment } = await setUp('SIM200000000002', 'es');
    // Unsigned requests change nothing.
    const forged = await twilioPost('/v1/sms/inbound', { From: PHONE, Body: 'STOP' }, false);
    expect(forged.statusCode).toBe(401);
    expect(await isOptedOut(h!.store.db, PHONE)).toBe(false);

    const stop = await twilioPost('/v1/sms/inbound', { From: PHONE, To: '+15005550006', Body: ' stop ' });
    expect(stop.statusCode).toBe(200);
    expect(await isOptedOut(h!.store.db, PHONE)).toBe(true);
    await h!.scan(shipment, 'in_transit.picked_up', '2026-11-26T10:00:00+01:00');
    await waitFor(
      async () => (await attempts(shipment)).some((a) => a.outcome === 'skipped'),
      'a skipped attempt',
    );
    expect(twilio.requests).toEqual([]);
    expect((await attempts(shipment)).map((a) => [a.outcome, a.error])).toEqual([['skipped', 'opted_out']]);

    const help = await twilioPost('/v1/sms/inbound', { From: PHONE, Body: 'HELP' });
    expect(help.headers['content-type']).toMatch(/text\/xml/);
    expect(help.body).toContain('<Message>Test Shop: avisos de tu paquete. Responde STOP');

    await twilioPost('/v1/sms/inbound', { From: PHONE, Body: 'START' });
    expect(await isOptedOut(h!.store.db, PHONE)).toBe(false);
    await h!.scan(shipment, 'out_for_delivery.on_vehicle', '2026-11-26T11:00:00+01:00');
    const sent = await until(() => twilio.requests[0], 'a text after START');
    expect(sent.body).toContain('en reparto');
  });

  it('records an opt-out Twilio reports (error 21610) and sends nothing more', async () => {
    const { twilio, shipment } = await setUp('SIM200000000003');
    twilio.blocked.add(PHONE);
    await h!.scan(shipment, 'in_transit.picked_up', '2026-11-26T10:00:00+01:00');
    await waitFor(() => isOptedOut(h!.store.db, PHONE), 'the local opt-out');
    const log = await until(
      async () => ((await attempts(shipment)).length > 0 ? attempts(shipment) : undefined),
      'log',
    );
    expect(log.map((a) => a.outcome)).toEqual(['skipped']);
    expect(log[0]!.error).toContain('21610');
  });
});
