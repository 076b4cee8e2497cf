import { afterEach, describe, expect, it } from 'vitest';
import type { Shipment } from '../../src/domain/shipment.js';
import { addRecipient } from '../../src/notify/recipients.js';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { until } from './until.js';
import { notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startSmtpStub, type SmtpStub } from './smtp-stub.js';

describe.each(DIALECTS)('dedupe, daily cap and digests (%s)', (dialect) => {
  let smtp: SmtpStub | undefined;
  let h: NotifyHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await smtp?.close();
    h = undefined;
    smtp = undefined;
  });

  async function emailed(shipment: Shipment) {
    await addRecipient(
      h!.store.db,
      {
        tenantId: h!.tenantId,
        shipmentId: shipment.id,
        channel: 'email',
        address: 'ana@example.com',
        details: {},
        locale: 'en',
        timeZone: 'Europe/Berlin',
        consentText: 't',
      },
      h!.now(),
    );
  }
  const firings = () =>
    h!.store.db.selectFrom('notification_firings').select(['topic', 'outcome']).orderBy('id').execute();

  it('events that land together go out as one digest', async () => {
    smtp = await startSmtpStub();
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
    smtp = await startSmtpStub();
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
