import { afterEach, describe, expect, it } from 'vitest';
import type { EstimatedDeliveryWindow, Shipment } from '../../src/domain/shipment.js';
import { appendToOutbox } from '../../src/store/repositories/outbox.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { addEmailRecipient, notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startLocalSmtp, type LocalSmtp } from './smtp-server.js';
import { until } from './until.js';

// An estimate move is news only against what this recipient was told, and the message leads with
// where the parcel is (issue 13: a first email on going out for delivery opened with "now looks
// 7 days earlier than before", about an estimate the customer had never seen).

const window = (mostLikely: string): EstimatedDeliveryWindow => ({
  mostLikely,
  earliest: mostLikely,
  latest: mostLikely,
  confidence: 0.8,
  basis: 'based on 40 similar shipments',
  predictedAt: '2026-11-26T14:00:00.000Z',
});

describe.each(DIALECTS)('estimate moves in customer messages (%s)', (dialect) => {
  let smtp: LocalSmtp | undefined;
  let h: NotifyHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await smtp?.close();
    h = undefined;
    smtp = undefined;
  });

  const emailed = (shipment: Shipment) => addEmailRecipient(h!, shipment);

  const etaChanged = (shipment: Shipment, from: string, to: string, shiftDays: number) => ({
    tenantId: h!.tenantId,
    shipmentId: shipment.id,
    type: 'eta.changed',
    payload: { shipmentId: shipment.id, previous: window(from), window: window(to), shiftDays },
  });
  const statusChanged = (shipment: Shipment, from: string, to: string) => ({
    tenantId: h!.tenantId,
    shipmentId: shipment.id,
    type: 'status.changed',
    payload: {
      shipmentId: shipment.id,
      from: { status: from.split('.')[0], substatus: from },
      to: { status: to.split('.')[0], substatus: to },
    },
  });
  async function commit(...events: ReturnType<typeof etaChanged | typeof statusChanged>[]): Promise<void> {
    await h!.store.db.transaction().execute((trx) => appendToOutbox(trx, h!.store.caps, events, h!.now()));
    h!.relay.wake();
  }
  async function settle(): Promise<void> {
    await h!.relay.drain();
    await h!.notifications.sender.drain();
  }
  const attempts = () =>
    h!.store.db.selectFrom('notification_attempts').select(['outcome', 'error']).orderBy('at').execute();

  it('a first message on going out for delivery says so, not that an unseen estimate moved', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url });
    const shipment = await h.shipment('SIM400000000051');
    await emailed(shipment);
    await settle();
    await commit(
      statusChanged(shipment, 'in_transit.destination_facility', 'out_for_delivery.on_vehicle'),
      etaChanged(shipment, '2026-12-03', '2026-11-26', -7),
    );
    const mail = await until(() => smtp!.mails[0], 'the message');
    expect(mail.subject).toBe('Your Test Shop parcel arrives today');
    expect(mail.text).not.toMatch(/earlier than before|updates on your/);
    await settle();
    expect(smtp.mails).toHaveLength(1);
  });

  it('sends nothing for a move before any estimate was told, and measures later moves from what was told', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url });
    const shipment = await h.shipment('SIM400000000052');
    await emailed(shipment);
    await settle();

    await commit(etaChanged(shipment, '2026-12-01', '2026-12-04', 3));
    await waitFor(async () => (await attempts()).length === 1 || undefined, 'the skipped message');
    expect(await attempts()).toEqual([
      { outcome: 'skipped', error: 'the estimate moved before this recipient was told one' },
    ]);
    expect(smtp.mails).toHaveLength(0);

    // The next day: a message that shows the shipment's estimate, 4 December…
    h.setNow('2026-11-27T09:00:00.000Z');
    await h.store.db
      .updateTable('shipments')
      .set({ estimate: JSON.stringify(window('2026-12-04')) })
      .where('id', '=', shipment.id)
      .execute();
    await commit(statusChanged(shipment, 'info_received.label_created', 'in_transit.picked_up'));
    const first = await until(() => smtp!.mails[0], 'the shipped message');
    expect(first.subject).not.toMatch(/earlier|later/);
    await settle();

    // …then two moves in one day, 4 → 8 → 6 December: the customer hears of the net two days.
    h.setNow('2026-11-28T09:00:00.000Z');
    await h.store.db
      .updateTable('shipments')
      .set({ estimate: JSON.stringify(window('2026-12-06')) })
      .where('id', '=', shipment.id)
      .execute();
    await commit(
      etaChanged(shipment, '2026-12-04', '2026-12-08', 4),
      etaChanged(shipment, '2026-12-08', '2026-12-06', -2),
    );
    const second = await until(() => smtp!.mails[1], 'the move');
    expect(second.text).toContain('now looks 2 days later than before');
  });
});
