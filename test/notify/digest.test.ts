import { afterEach, describe, expect, it } from 'vitest';
import type { Shipment } from '../../src/domain/shipment.js';
import type { ChannelId } from '../../src/notify/channel.js';
import { addRecipient } from '../../src/notify/recipients.js';
import { appendToOutbox, type OutboxMessage } from '../../src/store/repositories/outbox.js';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { until } from './until.js';
import { notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startLocalSmtp, type LocalSmtp } from './smtp-server.js';

describe.each(DIALECTS)('dedupe, daily cap and digests (%s)', (dialect) => {
  let smtp: LocalSmtp | undefined;
  let h: NotifyHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await smtp?.close();
    h = undefined;
    smtp = undefined;
  });

  async function notified(shipment: Shipment, channel: ChannelId, address: string) {
    await addRecipient(
      h!.store.db,
      {
        tenantId: h!.tenantId,
        shipmentId: shipment.id,
        channel,
        address,
        details: {},
        locale: 'en',
        timeZone: 'Europe/Berlin',
        consentText: 't',
      },
      h!.now(),
    );
  }
  const emailed = (shipment: Shipment) => notified(shipment, 'email', 'ana@example.com');
  const firings = () =>
    h!.store.db.selectFrom('notification_firings').select(['topic', 'outcome']).orderBy('id').execute();
  const queued = () =>
    h!.store.db
      .selectFrom('notification_messages')
      .select(['recipient_id', 'context'])
      .orderBy('id')
      .execute();

  /** A carrier update as the pipeline would write it: the shipment moved `from` → `to`. */
  const moved = (shipment: Shipment, from: string, to: string) => ({
    tenantId: h!.tenantId,
    shipmentId: shipment.id,
    type: 'status.changed',
    payload: {
      shipmentId: shipment.id,
      from: { status: from.split('.')[0], substatus: from },
      to: { status: to.split('.')[0], substatus: to },
    },
  });
  /** Outbox messages handed straight to the dispatcher, as one relay batch would hand them. */
  let seq = 1_000_000;
  const batchOf = (...events: ReturnType<typeof moved>[]): OutboxMessage[] =>
    events.map((event) => ({
      ...event,
      seq: (seq += 1),
      position: seq,
      id: `outbox-${seq}`,
      requestId: null,
      createdAt: h!.now().toISOString(),
    }));

  it('two events of one shipment in one relay batch become one digest', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url });
    const shipment = await h.shipment('SIM400000000011');
    await emailed(shipment);
    await h.relay.drain();
    // One commit with both events: the relay reads them together and hands them over as one batch.
    await h.store.db
      .transaction()
      .execute((trx) =>
        appendToOutbox(
          trx,
          h!.store.caps,
          [
            moved(shipment, 'in_transit.destination_facility', 'out_for_delivery.on_vehicle'),
            moved(shipment, 'out_for_delivery.on_vehicle', 'attempt_failed.recipient_absent'),
          ],
          h!.now(),
        ),
      );
    h.relay.wake();
    const mail = await until(() => smtp!.mails[0], 'the digest');
    expect(mail.subject).toBe('2 updates on your Test Shop parcel');
    expect(mail.text).toContain('- Out for delivery today.');
    expect(mail.text).toContain('- A delivery attempt failed.');
    await h.relay.drain();
    await h.notifications.sender.drain();
    expect(smtp.mails).toHaveLength(1);
    expect((await firings()).map((f) => [f.topic, f.outcome])).toEqual([
      ['out_for_delivery', 'planned'],
      ['failed_attempt', 'merged'],
    ]);
  });

  it('a batch handed over again changes nothing', async () => {
    // Messages wait a minute: nothing is sent while the test looks at the queue.
    h = await notifyHarness(dialect, { overrides: { 'notify.digestWindowMs': 60_000 } });
    const shipment = await h.shipment('SIM400000000012');
    await emailed(shipment);
    const batch = batchOf(
      moved(shipment, 'in_transit.destination_facility', 'out_for_delivery.on_vehicle'),
      moved(shipment, 'out_for_delivery.on_vehicle', 'attempt_failed.recipient_absent'),
      moved(shipment, 'attempt_failed.recipient_absent', 'out_for_delivery.rescheduled'),
    );
    const { dispatcher } = h.notifications;
    expect(await dispatcher.dispatchBatch(batch)).toEqual(['planned', 'merged', 'duplicate']);
    const before = { firings: await firings(), queued: await queued() };
    // The relay is at-least-once: a crash before its cursor moved hands the same batch over again.
    expect(await dispatcher.dispatchBatch(batch)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await dispatcher.dispatch(batch[1]!)).toBe('duplicate');
    expect(await firings()).toEqual(before.firings);
    expect(await queued()).toEqual(before.queued);
    expect(before.queued).toHaveLength(1);
    const context = JSON.parse(before.queued[0]!.context) as { topics: { topic: string }[] };
    expect(context.topics.map((t) => t.topic)).toEqual(['out_for_delivery', 'failed_attempt']);
  });

  it('the daily cap counts messages planned earlier in the same batch', async () => {
    h = await notifyHarness(dialect, { overrides: { 'notify.digestWindowMs': 60_000 } });
    // Each topic to its own channel, so no event merges into another's message: all count.
    await saveTenantSetting(h.store.db, h.tenantId, 'notifications', {
      dailyCap: 2,
      rules: {
        out_for_delivery: { channels: ['email'] },
        failed_attempt: { channels: ['sms'] },
        available_for_pickup: { channels: ['push'] },
      },
    });
    const shipment = await h.shipment('SIM400000000013');
    await emailed(shipment);
    await notified(shipment, 'sms', '+4915112345678');
    await notified(shipment, 'push', 'https://push.example.com/sub-1');
    const outcomes = await h.notifications.dispatcher.dispatchBatch(
      batchOf(
        moved(shipment, 'in_transit.destination_facility', 'out_for_delivery.on_vehicle'),
        moved(shipment, 'out_for_delivery.on_vehicle', 'attempt_failed.recipient_absent'),
        moved(shipment, 'attempt_failed.recipient_absent', 'available_for_pickup.pickup_point'),
      ),
    );
    expect(outcomes).toEqual(['planned', 'planned', 'capped']);
    expect(await queued()).toHaveLength(2);
  });

  it('events that land together go out as one digest', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url, overrides: { 'notify.digestWindowMs': 1500 } });
    const shipment = await h.shipment('SIM400000000001');
    await emailed(shipment);
    // Three carrier updates in quick succession (a poll catching up, say), each its own commit.
    await h.scan(shipment, 'out_for_delivery.on_vehicle', '2026-11-26T08:00:00+01:00');
    await h.scan(shipment, 'attempt_failed.recipient_absent', '2026-11-26T11:00:00+01:00');
    await h.scan(shipment, 'available_for_pickup.pickup_point', '2026-11-26T14:00:00+01:00');
    const mail = await until(() => smtp!.mails[0], 'the digest');
    expect(mail.subject).toBe('3 updates on your Test Shop parcel');
    expect(mail.text).toContain('- Out for delivery today.');
    expect(mail.text).toContain('- A delivery attempt failed.');
    expect(mail.text).toContain('- Ready to pick up.');
    await h.notifications.sender.drain();
    expect(smtp.mails).toHaveLength(1);
    expect((await firings()).map((f) => f.outcome)).toEqual(['planned', 'merged', 'merged']);
  });

  it('never sends two messages about the same thing in a day, and caps messages per day', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url });
    await saveTenantSetting(h.store.db, h.tenantId, 'notifications', { dailyCap: 2 });
    const shipment = await h.shipment('SIM400000000002');
    await emailed(shipment);
    const step = async (status: string, at: string, mails: number) => {
      await h!.scan(shipment, status, at);
      await h!.relay.drain();
      await waitFor(() => smtp!.mails.length === mails, `${mails} mails after ${status}`);
    };
    await step('out_for_delivery.on_vehicle', '2026-11-26T08:00:00+01:00', 1);
    await step('attempt_failed.recipient_absent', '2026-11-26T11:00:00+01:00', 2);
    // Out for delivery again the same day: already said today. Then the cap of two is reached.
    await step('out_for_delivery.rescheduled', '2026-11-26T12:00:00+01:00', 2);
    await step('delivered.signed', '2026-11-26T13:00:00+01:00', 2);
    await h.notifications.sender.drain();
    expect(smtp.mails.map((m) => m.subject)).toEqual([
      'Your Test Shop parcel arrives today',
      'Carrier simulator could not deliver your Test Shop parcel'.replace(
        'Carrier simulator',
        smtp.mails[1]!.subject!.split(' could')[0]!,
      ),
    ]);
    expect((await firings()).map((f) => [f.topic, f.outcome])).toEqual([
      ['out_for_delivery', 'planned'],
      ['failed_attempt', 'planned'],
      ['out_for_delivery', 'duplicate'],
      ['delivered', 'capped'],
    ]);
  });
});
