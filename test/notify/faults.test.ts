import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshPostgresSchemaUrl, type DialectName } from '../helpers/dialects.js';
import { scan } from '../helpers/scans.js';
import { waitFor } from '../helpers/wait.js';
import { shipmentWithEmailRecipient } from './email-shipment.js';
import { notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startLocalSmtp, type LocalSmtp } from './smtp-server.js';

const CHILD = fileURLToPath(new URL('./sender-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function keyOf(mail: ParsedMail): string {
  return /<([^@>]+)@/.exec(mail.messageId ?? '')?.[1] ?? '';
}

/** Sets up `count` shipments, each with one email recipient and one scan waiting in the outbox. */
async function queueShipments(store: Store, count: number, prefix: string): Promise<void> {
  const now = new Date('2026-11-26T14:00:00.000Z');
  const tenant = await createTenant(store.db, 'Test Shop', now);
  const pipeline = new IngestPipeline(store, { clock: () => now });
  for (let i = 0; i < count; i += 1) {
    const number = `${prefix}${String(i).padStart(6, '0')}`;
    await shipmentWithEmailRecipient(store, { tenantId: tenant.id, trackingNumber: number, index: i, now });
    await pipeline.ingest([
      scan({
        tenantId: tenant.id,
        trackingNumber: number,
        status: 'out_for_delivery.on_vehicle',
        occurredAt: '2026-11-26T08:00:00+01:00',
      }),
    ]);
  }
}

/** Every queued message was delivered at least once; every mail belongs to a queued message. */
async function expectAllDelivered(store: Store, mails: readonly ParsedMail[], count: number): Promise<void> {
  const rows = await store.db
    .selectFrom('notification_messages')
    .select(['idempotency_key', 'status'])
    .execute();
  expect(rows).toHaveLength(count);
  expect(rows.every((row) => row.status === 'sent')).toBe(true);
  const keys = new Set(rows.map((row) => row.idempotency_key));
  const delivered = new Set(mails.map(keyOf));
  expect([...keys].filter((key) => !delivered.has(key))).toEqual([]); // none lost
  expect([...delivered].filter((key) => !keys.has(key))).toEqual([]); // duplicates carry a known key
}

describe.each(DIALECTS)('delivery faults (%s)', (dialect: DialectName) => {
  let smtp: LocalSmtp | undefined;
  let h: NotifyHarness | undefined;
  const children: ChildProcess[] = [];
  let dir: string | undefined;
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await h?.close();
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    h = undefined;
    smtp = undefined;
    dir = undefined;
  });

  it('delivers every message once the SMTP server stops refusing', async () => {
    smtp = await startLocalSmtp();
    smtp.refusing = true;
    h = await notifyHarness(dialect, { smtpUrl: smtp.url });
    const count = 12;
    await queueShipments(h.store, count, 'SIMF');
    h.relay.wake();
    // Every message has been refused at least twice before the server recovers.
    await waitFor(async () => {
      const retried = await h!.store.db
        .selectFrom('notification_attempts')
        .select('message_id')
        .where('outcome', '=', 'retry')
        .execute();
      const perMessage = new Map<string, number>();
      for (const row of retried) perMessage.set(row.message_id, (perMessage.get(row.message_id) ?? 0) + 1);
      return perMessage.size === count && [...perMessage.values()].every((n) => n >= 2);
    }, 'two refusals per message');
    expect(smtp.mails).toEqual([]);
    smtp.refusing = false;
    await waitFor(() => smtp!.mails.length >= count, 'every mail after recovery', 20_000);
    await h.notifications.sender.drain();
    await expectAllDelivered(h.store, smtp.mails, count);
    const errors = await h.store.db
      .selectFrom('notification_attempts')
      .select('error')
      .where('outcome', '=', 'retry')
      .execute();
    expect(errors[0]?.error).toContain('451');
  }, 60_000);

  it('delivers every message after the sending process is killed mid-way', async () => {
    smtp = await startLocalSmtp();
    smtp.delayMs = 40;
    let url: string;
    if (dialect === 'sqlite') {
      dir = mkdtempSync(join(tmpdir(), 'waybill-notify-crash-'));
      url = `sqlite:${join(dir, 'store.db')}`;
    } else url = await freshPostgresSchemaUrl();
    const store = dialect === 'sqlite' ? await openStore(url) : await openStore(url, { poolSize: 3 });
    try {
      const count = 40;
      await queueShipments(store, count, 'SIMK');
      const start = async () => {
        const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
          cwd: ROOT,
          env: { ...process.env, NOTIFY_CHILD_DATABASE_URL: url, NOTIFY_CHILD_SMTP_URL: smtp!.url },
          stdio: ['pipe', 'pipe', 'inherit'],
        });
        children.push(child);
        await waitFor(
          () => child.stdout?.read() !== null || child.exitCode !== null,
          'the child to start',
          30_000,
        );
        return child;
      };
      const first = await start();
      await waitFor(() => smtp!.mails.length >= 8, 'some mails before the crash', 30_000);
      first.kill('SIGKILL');
      await once(first, 'close');
      const beforeRestart = smtp.mails.length;
      expect(beforeRestart).toBeLessThan(count); // killed in the middle, not after
      await start();
      await waitFor(
        async () =>
          (
            await store.db
              .selectFrom('notification_messages')
              .select('id')
              .where('status', '!=', 'sent')
              .execute()
          ).length === 0 &&
          (await store.db.selectFrom('notification_messages').select('id').execute()).length === count,
        'every message sent after the restart',
        30_000,
      );
      await expectAllDelivered(store, smtp.mails, count);
    } finally {
      await store.close();
    }
  }, 120_000);
});
