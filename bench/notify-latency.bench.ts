import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import pino from 'pino';
import { loadConfig } from '../src/config/config.js';
import { OutboxRelay } from '../src/ingest/outbox-relay.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { registerShipment } from '../src/ingest/register-shipment.js';
import type { ChannelId } from '../src/notify/channel.js';
import { EmailChannel } from '../src/notify/email/email-channel.js';
import { Notifications } from '../src/notify/notifications.js';
import { renderMessage, type RenderInput } from '../src/notify/render.js';
import { SmsChannel } from '../src/notify/sms/sms-channel.js';
import { TwilioClient } from '../src/notify/sms/twilio-client.js';
import { DeliveryThread } from '../src/notify/thread/delivery-thread.js';
import { addRecipient } from '../src/notify/recipients.js';
import { smsStatusCallbackUrl } from '../src/notify/channels.js';
import { openStore } from '../src/store/open-store.js';
import { createTenant } from '../src/store/repositories/tenants.js';
import { TWILIO_SID, TWILIO_TOKEN } from '../test/notify/twilio-server.js';
import { startProviderStandIns } from './support/provider-process.js';
import { BENCH_API_LIMITS } from './support/api-limits.js';

// npm run bench:notify — latency from event ingest to the provider request, and messages per
// second, at 1,000 events/s: each event is one carrier scan (out for delivery) of a different
// shipment, committed through the ingest pipeline; half the shipments notify one email address
// (a local SMTP server), half one phone (a local Twilio-shaped server). The two servers run in a
// child process of their own (bench/support/provider-stand-ins.ts), for both runs: providers are
// not Waybill, and their CPU would otherwise count against it. They stamp each arrival on the
// machine's clock (performance.timeOrigin + performance.now()), as this process stamps ingest.
// Quiet hours are off (the goal is stated outside them); the digest window is the default
// 300 ms, which every message waits by design.
// Baseline (the goal's: Waybill's CPU per event at most 1.3x it): the provider clients alone —
// the very messages Waybill sent (each send's input is recorded during its run and rendered
// before the baseline starts), at the same rate, through the same client classes (EmailChannel's
// nodemailer pool, TwilioClient), without ingest, queue or rendering. A second baseline, kept from
// earlier runs for comparison: short fixed texts sent with a plain nodemailer pool and fetch.
// The measured process runs tsc's output, as `npm start` does (the delivery thread then loads the
// compiled worker, not TypeScript through tsx's loader).
// Env: BENCH_EVENTS (default 5000), BENCH_RATE (events/s, default 1000), DATABASE_URL (default a
// temporary SQLite file), BENCH_SENDER_THREAD=0 (delivery on the main thread, as before),
// BENCH_BATCH and BENCH_CONCURRENCY (the sender's batch size and sends in flight, 100 and 32).

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 5000);
const RATE = Number(process.env['BENCH_RATE'] ?? 1000);
// Ticks of 10 ms at high rates; one event per tick below 100/s.
const TICK_MS = Math.max(10, 1000 / RATE);
const PER_TICK = Math.max(1, Math.round((RATE * TICK_MS) / 1000));

/** Milliseconds on the machine's clock, comparable with the stand-ins' process. */
const clock = () => performance.timeOrigin + performance.now();
const providers = await startProviderStandIns();
const { arrivals, smtpUrl } = providers;

const dir = mkdtempSync(join(tmpdir(), 'waybill-bench-notify-'));
const databaseUrl = process.env['DATABASE_URL'] ?? `sqlite:${join(dir, 'bench.db')}`;
const store = await openStore(databaseUrl);
const config = loadConfig(
  {},
  {
    'simulator.enabled': false,
    ...BENCH_API_LIMITS,
    publicBaseUrl: 'https://track.example.com',
    'notify.smtp.url': smtpUrl,
    'notify.smtp.from': 'Bench Shop <updates@shop.example>',
    'notify.twilio.accountSid': TWILIO_SID,
    'notify.twilio.authToken': TWILIO_TOKEN,
    'notify.twilio.from': '+15005550006',
    'notify.twilio.baseUrl': providers.twilioBaseUrl,
    'notify.quietHours.start': '00:00',
    'notify.quietHours.end': '00:00',
    'notify.sender.pollIntervalMs': 50,
    'notify.sender.batchSize': Number(process.env['BENCH_BATCH'] ?? 100),
    'notify.sender.concurrency': Number(process.env['BENCH_CONCURRENCY'] ?? 32),
  },
);

// Set-up, not measured: shipments and their recipients.
const now = () => new Date();
const tenant = await createTenant(store.db, 'Bench Shop', now());
const numbers: string[] = [];
for (let i = 0; i < EVENTS; i += 1) {
  const number = `BENCH${String(i).padStart(8, '0')}`;
  numbers.push(number);
  const { shipment } = await registerShipment(
    store,
    {
      tenantId: tenant.id,
      trackingNumber: number,
      carrier: 'simulator',
      details: { destination: { country: 'DE' } },
    },
    now(),
  );
  const sms = i % 2 === 1;
  await addRecipient(
    store.db,
    {
      tenantId: tenant.id,
      shipmentId: shipment.id,
      channel: sms ? 'sms' : 'email',
      address: sms ? `+4915112${String(i % 1_000_000).padStart(6, '0')}` : `c${i}@example.com`,
      details: {},
      locale: 'en',
      timeZone: 'Europe/Berlin',
      consentText: 'bench',
    },
    now(),
  );
}

const relay = new OutboxRelay(store, { pollIntervalMs: 50 });
// Start the relay past the set-up's shipment.created messages: only the measured events count.
await relay.drain();
const pipeline = new IngestPipeline(store, { clock: now, onCommitted: () => relay.wake() });
// As `serve` runs it: rendering and the provider clients on a worker thread (BENCH_SENDER_THREAD=0:
// everything on one thread).
const notifications = new Notifications(store, config, {
  logger: pino({ level: 'warn' }),
  databaseUrl: process.env['BENCH_SENDER_THREAD'] === '0' ? undefined : databaseUrl,
});
notifications.attach(relay);
// What each send was asked to render, for the baseline: recording is a push per message.
const sentInputs: { channel: ChannelId; input: RenderInput }[] = [];
const delivery = notifications.delivery;
const deliver = delivery.send.bind(delivery);
delivery.send = (channel, input) => {
  sentInputs.push({ channel, input });
  return deliver(channel, input);
};
relay.start();
notifications.start();

const ingestedAt = new Map<string, number>();
async function drive(
  send: (batch: string[], at: number) => Promise<void>,
): Promise<{ start: number; lagMs: number }> {
  const start = performance.now();
  const startAt = clock();
  let maxLag = 0;
  const pending: Promise<void>[] = [];
  for (let tick = 0; tick * PER_TICK < numbers.length; tick += 1) {
    const due = start + tick * TICK_MS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    maxLag = Math.max(maxLag, performance.now() - due);
    const batch = numbers.slice(tick * PER_TICK, (tick + 1) * PER_TICK);
    pending.push(send(batch, clock()));
  }
  await Promise.all(pending);
  return { start: startAt, lagMs: maxLag };
}

async function waitForAll(what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (arrivals.size < numbers.length) {
    if (Date.now() > deadline) throw new Error(`${what}: only ${arrivals.size} of ${numbers.length} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function percentiles(of: readonly string[]) {
  const latencies = of.map((n) => arrivals.get(n)! - ingestedAt.get(n)!).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p99: at(0.99), max: latencies.at(-1)! };
}

/** Mean bytes the providers received per email and per text, in the run just finished. */
function bytesPerMessage() {
  const mean = (odd: boolean) => {
    const sizes = numbers.filter((_, i) => i % 2 === (odd ? 1 : 0)).map((n) => providers.bytes.get(n) ?? 0);
    return Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
  };
  return `${mean(false)} B per email, ${mean(true)} B per text`;
}

function summary(start: number) {
  return {
    ...percentiles(numbers),
    perSecond: numbers.length / ((providers.lastArrival() - start) / 1000),
    // Odd numbers notify by SMS, even ones by email.
    email: percentiles(numbers.filter((_, i) => i % 2 === 0)),
    sms: percentiles(numbers.filter((_, i) => i % 2 === 1)),
  };
}

/**
 * Where a message's time went, p50 and p99 of each stage: ingest → queued by the dispatcher (the
 * message row's creation), queued → provider request (the digest window, then waiting for and
 * taking a sender round), provider request → attempt logged.
 */
async function stagesOfWaybillRun() {
  const rows = await store.db
    .selectFrom('notification_messages as m')
    .innerJoin('shipments as s', 's.id', 'm.shipment_id')
    .innerJoin('notification_attempts as a', 'a.message_id', 'm.id')
    .select(['s.tracking_number as number', 'm.created_at as queuedAt', 'a.at as loggedAt'])
    .execute();
  const quantiles = (values: number[]) => {
    values.sort((a, b) => a - b);
    const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
    return `${at(0.5).toFixed(0)} / ${at(0.99).toFixed(0)} ms`;
  };
  const queued: number[] = [];
  const sent: number[] = [];
  const logged: number[] = [];
  for (const row of rows) {
    const ingest = ingestedAt.get(row.number)!;
    const arrival = arrivals.get(row.number)!;
    queued.push(Date.parse(row.queuedAt) - ingest);
    sent.push(arrival - Date.parse(row.queuedAt));
    logged.push(Date.parse(row.loggedAt) - arrival);
  }
  return { queued: quantiles(queued), sent: quantiles(sent), logged: quantiles(logged) };
}

/** CPU ms per event of this process and of the stand-ins' process, over one run. */
async function measureCpu<T>(
  run: () => Promise<T>,
): Promise<T & { cpuMs: number; standInsCpuMs: number; mainBusy: number; deliveryBusy: number | undefined }> {
  const ms = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000 / EVENTS;
  const standInsBefore = await providers.cpuUsage();
  const before = process.cpuUsage();
  const eluBefore = performance.eventLoopUtilization();
  const thread = notifications.delivery instanceof DeliveryThread ? notifications.delivery : undefined;
  const threadBefore = thread?.eventLoopUtilization();
  const result = await run();
  // How busy each thread's event loop was: past ~90% every wake waits for a turn.
  const mainBusy = performance.eventLoopUtilization(eluBefore).utilization;
  const threadAfter = thread?.eventLoopUtilization();
  const deliveryBusy =
    threadBefore && threadAfter
      ? (threadAfter.active - threadBefore.active) /
        (threadAfter.active + threadAfter.idle - threadBefore.active - threadBefore.idle)
      : undefined;
  const cpuMs = ms(process.cpuUsage(before));
  const standInsAfter = await providers.cpuUsage();
  const standInsCpuMs = ms({
    user: standInsAfter.user - standInsBefore.user,
    system: standInsAfter.system - standInsBefore.system,
  });
  return { ...result, cpuMs, standInsCpuMs, mainBusy, deliveryBusy };
}

// 1. Through Waybill: ingest → outbox → dispatcher → queue → sender → provider.
const waybillRun = await measureCpu(async () => {
  const run = await drive(async (batch, at) => {
    for (const number of batch) ingestedAt.set(number, at);
    await pipeline.ingest(
      batch.map((trackingNumber) => ({
        tenantId: tenant.id,
        trackingNumber,
        carrier: 'simulator',
        status: 'out_for_delivery.on_vehicle',
        occurredAt: new Date().toISOString(),
        rawCode: 'OD',
        source: { adapter: 'bench', mode: 'push' as const },
      })),
    );
  });
  await waitForAll('through Waybill');
  return run;
});
const waybill = summary(waybillRun.start);
const stages = await stagesOfWaybillRun();
process.stderr.write(`waybill: ${JSON.stringify(waybill)}\n`);
await notifications.stop();
await relay.stop();

const waybillBytes = bytesPerMessage();

// 2. Baseline: the provider clients alone, sending what Waybill sent. Rendered before the run:
// rendering is Waybill's work.
const rendered = new Map<string, { channel: ChannelId; message: ReturnType<typeof renderMessage> }>();
for (const { channel, input } of sentInputs)
  if (!rendered.has(input.facts.trackingNumber))
    rendered.set(input.facts.trackingNumber, { channel, message: renderMessage(input) });
if (rendered.size < numbers.length)
  throw new Error(`only ${rendered.size} of ${numbers.length} sends recorded`);
const clients = {
  email: new EmailChannel(config.notify.smtp),
  sms: new SmsChannel({
    client: new TwilioClient(config.notify.twilio),
    statusCallbackUrl: smsStatusCallbackUrl(config.publicBaseUrl),
    isOptedOut: () => Promise.resolve(false),
    onOptedOut: () => Promise.resolve(),
  }),
};
providers.reset();
ingestedAt.clear();
const clientsRun = await measureCpu(async () => {
  const run = await drive(async (batch, at) => {
    await Promise.all(
      batch.map(async (number) => {
        ingestedAt.set(number, at);
        const { channel, message } = rendered.get(number)!;
        const result = await (channel === 'sms' ? clients.sms : clients.email).send(message);
        if (!result.ok) throw new Error(`baseline send of ${number} failed: ${result.error}`);
      }),
    );
  });
  await waitForAll('clients alone');
  return run;
});
const clientsAlone = summary(clientsRun.start);
const clientsBytes = bytesPerMessage();
clients.email.close();

// 3. The earlier baseline: short fixed texts straight to the providers (nodemailer pool, fetch).
providers.reset();
ingestedAt.clear();
const transport = createTransport({ url: smtpUrl, pool: true, maxConnections: 4 });
const auth = `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64')}`;
const baselineRun = await measureCpu(async () => {
  const run = await drive(async (batch, at) => {
    await Promise.all(
      batch.map(async (number) => {
        ingestedAt.set(number, at);
        const text = `Your parcel ${number} is out for delivery today. https://track.example.com/t/x`;
        if (Number(number.slice(5)) % 2 === 1) {
          // Retried like any client would: under load the local server may reset a connection.
          for (let attempt = 0; ; attempt += 1) {
            try {
              await fetch(`${providers.twilioBaseUrl}/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`, {
                method: 'POST',
                headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({
                  To: '+4915112000000',
                  From: '+15005550006',
                  Body: text,
                }).toString(),
              });
              break;
            } catch (error) {
              if (attempt >= 5) throw error;
            }
          }
        } else {
          await transport.sendMail({
            from: 'updates@shop.example',
            to: 'c@example.com',
            subject: 'Out for delivery',
            text,
          });
        }
      }),
    );
  });
  await waitForAll('short texts');
  return run;
});
const baseline = summary(baselineRun.start);
const baselineBytes = bytesPerMessage();
transport.close();

const ms = (value: number) => `${value.toFixed(0)} ms`;
const lines = [
  '# Notification latency (npm run bench:notify)',
  '',
  `Command: \`npm run bench:notify\` (BENCH_EVENTS=${EVENTS}, BENCH_RATE=${RATE}); store: ${store.description.replace(/\/tmp\/[^/]+\//, '/tmp/…/')}`,
  `Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' / ',
    )} (other work shares the machine); the SMTP and Twilio stand-ins run in a child process of their own, for both runs.`,
  `${EVENTS} events at ${RATE}/s (one scan per event, each a different shipment; half notify by email, half by SMS). Quiet hours off; digest window ${config.notify.digestWindowMs} ms (default), which every message waits by design.`,
  '',
  '| | p50 | p99 | max | messages/s |',
  '|---|---|---|---|---|',
  `| Waybill: ingest → provider request | ${ms(waybill.p50)} | ${ms(waybill.p99)} | ${ms(waybill.max)} | ${waybill.perSecond.toFixed(0)} |`,
  `| of which email | ${ms(waybill.email.p50)} | ${ms(waybill.email.p99)} | ${ms(waybill.email.max)} | |`,
  `| of which SMS | ${ms(waybill.sms.p50)} | ${ms(waybill.sms.p99)} | ${ms(waybill.sms.max)} | |`,
  `| Baseline: the same messages, the clients alone | ${ms(clientsAlone.p50)} | ${ms(clientsAlone.p99)} | ${ms(clientsAlone.max)} | ${clientsAlone.perSecond.toFixed(0)} |`,
  `| Earlier baseline: short texts, nodemailer and fetch | ${ms(baseline.p50)} | ${ms(baseline.p99)} | ${ms(baseline.max)} | ${baseline.perSecond.toFixed(0)} |`,
  '',
  `What the providers received: Waybill ${waybillBytes}; clients alone ${clientsBytes}; short texts ${baselineBytes}.`,
  `CPU per event against the clients alone: **${(waybillRun.cpuMs / clientsRun.cpuMs).toFixed(2)}×** (goal ≤ 1.3×; Waybill ${waybillRun.cpuMs.toFixed(2)} ms, clients ${clientsRun.cpuMs.toFixed(2)} ms); against the short texts ${(waybillRun.cpuMs / baselineRun.cpuMs).toFixed(2)}×.`,
  `CPU time per event of the measured process (the stand-ins excluded): Waybill ${waybillRun.cpuMs.toFixed(2)} ms (ingest, relay, dispatcher, sender, SMTP and HTTP clients), the clients alone ${clientsRun.cpuMs.toFixed(2)} ms, short texts ${baselineRun.cpuMs.toFixed(2)} ms — so 1,000 events/s would need ${waybillRun.cpuMs.toFixed(1)} cores of this machine for Waybill. The stand-ins' own process: ${waybillRun.standInsCpuMs.toFixed(2)} ms per event in the Waybill run, ${clientsRun.standInsCpuMs.toFixed(2)} ms with the clients alone, ${baselineRun.standInsCpuMs.toFixed(2)} ms with the short texts.`,
  `Stages of the Waybill run (p50 / p99): ingest → queued ${stages.queued}; queued → provider request ${stages.sent} (the digest window included); provider request → attempt logged ${stages.logged}.`,
  `Event loops busy during the Waybill run: main thread ${(waybillRun.mainBusy * 100).toFixed(0)}%${waybillRun.deliveryBusy === undefined ? ' (no delivery thread)' : `, delivery thread ${(waybillRun.deliveryBusy * 100).toFixed(0)}%`}; clients alone ${(clientsRun.mainBusy * 100).toFixed(0)}%, short texts ${(baselineRun.mainBusy * 100).toFixed(0)}%.`,
  `Scheduler lag (how late the driver fired a tick, worst): Waybill ${ms(waybillRun.lagMs)}, clients alone ${ms(clientsRun.lagMs)}, short texts ${ms(baselineRun.lagMs)}.`,
  `Goal: p99 under 1 s outside quiet hours — ${waybill.p99 < 1000 ? 'met' : 'NOT met'}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);

await store.close();
await providers.close();
rmSync(dir, { recursive: true, force: true });
