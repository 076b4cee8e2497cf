import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { bootstrap } from '../bootstrap.js';
import { CarrierSimulator } from '../carriers/simulator/simulator.js';
import type { Config } from '../config/config.js';
import { parseCutoff } from '../eta/cutoff.js';
import { Estimates } from '../estimates/estimates.js';
import { Notifications } from '../notify/notifications.js';
import { MerchantWebhooks } from '../notify/webhooks/merchant-webhooks.js';
import { ShopifyIntegration } from '../integrations/shopify/integration.js';
import { checkShopifyTenants } from '../integrations/shopify/shops.js';
import { vapidKeys } from '../notify/push/vapid-keys.js';
import { OutboxRelay } from '../ingest/outbox-relay.js';
import { StallSweeper } from '../ingest/stall-sweep.js';
import { IngestPipeline } from '../ingest/pipeline.js';
import { Poller } from '../ingest/polling/poller.js';
import { CARRIERS } from '../carriers/registry.js';
import { createLogger } from '../logger.js';
import { isPostgresUrl, openStore, type Store } from '../store/open-store.js';
import { lockSqliteServer } from '../store/serve-lock.js';
import { build } from './app.js';
import { chooseCarrier } from './carrier-choice.js';
import { simulatorRunSeed } from '../carriers/simulator/run-seed.js';
import { ConsoleBackground } from '../console/background.js';
import { OutboxPruner } from '../ingest/outbox-pruner.js';
import { setupLinkIfNeeded } from '../console/setup-link.js';
import { IntakeSmtpListener, type ListeningAddress } from '../intake/smtp-listener.js';

// How long, in real time, the simulator runs accelerated before it reaches the present.
const CATCH_UP_REAL_MS = 10 * 60_000;

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** Carries the durable subscribers (estimates, notifications, webhooks, analytics). */
  readonly relay: OutboxRelay;
  /** Carries only this process's open live pages, so they never wait behind a durable batch. */
  readonly liveRelay: OutboxRelay;
  readonly url: string;
  /** Printed once, on the first start of an empty store. */
  readonly firstApiKey: string | undefined;
  /** While the shop has no console user: the one-time link that creates its owner. */
  readonly setupUrl: string | undefined;
  /** The mail intake's SMTP listener, when shops.intake.smtpEnabled (and the role takes traffic). */
  readonly intakeSmtp: ListeningAddress | undefined;
  close(): Promise<void>;
}

/**
 * What one process runs. `all` (the default) is everything. On PostgreSQL the work splits:
 * `api` serves HTTP and live pages (its relay carries only the live pages' non-durable
 * subscribers), `worker` runs the durable subscribers (estimates, notifications, webhooks,
 * analytics), the poller, the senders, the stall sweep and the simulator, and answers only
 * /healthz, /readyz and /metrics. Any number of each share one database.
 */
export const ROLES = ['all', 'api', 'worker'] as const;
export type Role = (typeof ROLES)[number];

export interface StartOptions {
  readonly logger?: Logger;
  readonly role?: Role;
}

/**
 * Opens the store, builds the app, listens, and starts the relay and (unless off) the simulator.
 * On SQLite it first takes the file's server lock: a second server process is refused.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const role = options.role ?? 'all';
  if (role !== 'all' && !isPostgresUrl(config.databaseUrl))
    throw new Error(
      `--role ${role} needs PostgreSQL: on SQLite one process runs everything (--role all); set DATABASE_URL=postgres://…`,
    );
  const release = await lockSqliteServer(config.databaseUrl);
  try {
    const server = await startLocked(config, options.logger, role);
    return { ...server, close: () => server.close().finally(release) };
  } catch (error) {
    await release();
    throw error;
  }
}

async function startLocked(
  config: Config,
  givenLogger: Logger | undefined,
  role: Role,
): Promise<RunningServer> {
  const logger = (givenLogger ?? createLogger(config.logLevel)).child({ role });
  const works = role !== 'api';
  const clock = () => new Date();
  const store = await openStore(config.databaseUrl);
  const relay = new OutboxRelay(store, {
    onError: (error, subscriber, message) =>
      logger.warn(
        { err: error, subscriber, seq: message.seq, type: message.type, reqId: message.requestId },
        'outbox subscriber failed; will retry',
      ),
    // Which node works which durable subscriber, and when that changes hands (a failover).
    onLease: (change) =>
      logger.info(
        { scope: 'outbox', subscriber: change.subscriber, owner: change.owner, reason: change.reason },
        change.held ? 'took the outbox lease' : 'no longer holds the outbox lease',
      ),
    onPassError: (error) =>
      logger.warn({ err: error, scope: 'outbox' }, 'outbox relay pass failed; will retry'),
    // PostgreSQL: other nodes' commits wake this relay; while the connection is down, it polls.
    onListenError: (error) =>
      logger.warn({ err: error, scope: 'outbox' }, 'lost the LISTEN connection; polling until it is back'),
  });
  // Live pages get a relay of their own: a node catching up on estimates or notifications (after
  // another node died, or a burst) must not hold back the pages open on it.
  const liveRelay = new OutboxRelay(store, {
    onError: (error, subscriber, message) =>
      logger.warn({ err: error, subscriber, seq: message.seq }, 'live page update failed'),
    onPassError: (error) =>
      logger.warn({ err: error, scope: 'outbox' }, 'live relay pass failed; will retry'),
    onListenError: (error) =>
      logger.warn({ err: error, scope: 'outbox' }, 'lost the LISTEN connection; polling until it is back'),
  });
  // Each role starts only the relay it uses (see below); a relay not started passes at once.
  const wakeRelays = () => {
    if (works) relay.wake();
    if (role !== 'worker') liveRelay.wake();
  };
  const pipeline = new IngestPipeline(store, { clock, onCommitted: wakeRelays });
  // Built before listening: it checks every carrier account against its adapter's settings schema.
  let poller: Poller;
  try {
    poller = new Poller({
      store,
      pipeline,
      adapters: CARRIERS,
      accounts: config.carriers.accounts,
      settings: config.carriers.polling,
      clock,
      onError: (error, carrier) =>
        logger.warn({ err: error, carrier, scope: 'poller' }, 'carrier polling failed'),
      onRequest: (r) => {
        if (r.ok) return;
        logger.warn(
          { carrier: r.carrier, kind: r.errorKind, breaker: r.breaker, scope: 'poller' },
          'carrier request failed',
        );
      },
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const webhooks = new MerchantWebhooks(store, config.webhooks, {
    logger,
    clock,
    onCommitted: wakeRelays,
  });
  const { tenant, firstKey } = await bootstrap(store, clock());
  // Each configured shop's tenant must exist (shops.shopify[].tenantId); checked before listening.
  try {
    await checkShopifyTenants(store.db, config);
  } catch (error) {
    await store.close();
    throw error;
  }
  // Status changes of Shopify orders' parcels go back to the shop (fulfillmentEventCreate).
  const shopify =
    works && ShopifyIntegration.wanted(config)
      ? new ShopifyIntegration(store, config, { logger, clock })
      : undefined;
  const setupUrl = await setupLinkIfNeeded(
    store,
    { tenantId: tenant.id, publicBaseUrl: config.publicBaseUrl, validHours: config.console.setupHours },
    clock(),
  );
  // Made on the first start and kept: browser push subscriptions are bound to this key.
  await vapidKeys(store, clock());
  // Rendering and the provider clients get a thread of their own (notify.sender.thread).
  const notifications = new Notifications(store, config, { logger, databaseUrl: config.databaseUrl });
  const consoleBackground = new ConsoleBackground(store, config, { logger, clock });
  const app = await build({
    config,
    store,
    pipeline,
    logger,
    clock,
    onCommitted: wakeRelays,
    relay: liveRelay,
    detectCarrier: chooseCarrier,
    onWebhooksDue: () => webhooks.wake(),
    onNotificationsDue: () => notifications.sender.wake(),
    operationsOnly: role === 'worker',
  });
  let simulator: CarrierSimulator | undefined;
  const cutoffHour =
    config.estimates.carrierCutoff === undefined ? null : parseCutoff(String(config.estimates.carrierCutoff));
  const estimates = new Estimates(store, {
    logger,
    model: { cutoffHour: cutoffHour ?? undefined },
    onCommitted: wakeRelays,
    // The simulator's parcels are predicted at their own newest scan: during its fast replay the
    // relay may run behind the simulated clock, and the real clock is days ahead of both.
    clockOf: (shipment) =>
      shipment.carrier === 'simulator' && simulator && shipment.lastEventAt
        ? new Date(Math.min(simulator.simulatedNow, Date.parse(shipment.lastEventAt)))
        : undefined,
  });
  if (works) {
    estimates.attach(relay);
    if (config.notify.enabled) notifications.attach(relay);
    consoleBackground.attach(relay);
    if (config.webhooks.enabled) webhooks.attach(relay);
    shopify?.attach(relay);
  }
  const url = await app.listen({ port: config.port, host: config.host });
  // Forwarded shipping mail comes in where requests do: on `all` and `api`, not on a worker.
  const intakeListener =
    config.shops.intake.smtpEnabled && role !== 'worker'
      ? new IntakeSmtpListener(
          {
            store,
            config: config.shops.intake,
            clock,
            detectCarrier: chooseCarrier,
            onCommitted: wakeRelays,
          },
          logger,
        )
      : undefined;
  const pruner = new OutboxPruner(store, {
    retentionDays: config.outboxRetentionDays,
    clock,
    onPruned: (count) => logger.info({ scope: 'outbox', count }, 'pruned handled outbox messages'),
    onError: (error) => logger.warn({ err: error, scope: 'outbox' }, 'pruning the outbox failed'),
  });
  const sweeper = new StallSweeper(store, {
    onCommitted: wakeRelays,
    // The simulator's parcels are judged on its clock: while it replays its past, the real clock is
    // days ahead, and every replayed parcel would read as stalled for a few minutes.
    nowFor: (shipment) =>
      shipment.carrier === 'simulator' && simulator ? new Date(simulator.simulatedNow) : undefined,
    onError: (error) => logger.warn({ err: error, scope: 'stall-sweep' }, 'stall sweep failed'),
  });
  if (role !== 'worker') liveRelay.start();
  if (works) relay.start();
  if (works) {
    estimates.start();
    consoleBackground.start();
    if (config.notify.enabled) notifications.start();
    if (config.webhooks.enabled) webhooks.start();
    shopify?.start();
    sweeper.start();
    pruner.start();
    // Only when a pull-capable carrier has an account (or needs none).
    if (config.carriers.polling.enabled && poller.active) poller.start();
  }

  if (works && config.simulator.enabled) {
    simulator = new CarrierSimulator({
      seed: await simulatorRunSeed(store, tenant.id, config.simulator.seed),
      acceleration: config.simulator.acceleration,
      newShipmentsPerMinute: config.simulator.shipmentsPerMinute,
      tenantId: tenant.id,
      // Replay the last ten minutes' worth of accelerated time (720×: five days) at once, then
      // carry on in real time: scans are never dated in the future.
      startAt: new Date(clock().getTime() - config.simulator.acceleration * CATCH_UP_REAL_MS).toISOString(),
      maxAheadOfClockMs: 0,
      ingest: (items) => pipeline.ingest(items),
      onError: (error) => logger.warn({ err: error, scope: 'simulator' }, 'simulator hand-over failed'),
    });
    simulator.start();
  }
  logger.info(
    { url, database: store.description, simulator: works && config.simulator.enabled },
    'waybill is listening',
  );

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await simulator?.stop();
      await poller.stop();
      await intakeListener?.close();
      await app.close();
      await sweeper.stop();
      await pruner.stop();
      await estimates.stop();
      consoleBackground.stop();
      await notifications.stop();
      await webhooks.stop();
      await shopify?.stop();
      await relay.stop();
      await liveRelay.stop();
      await store.close();
    })());
  let intakeSmtp: ListeningAddress | undefined;
  if (intakeListener) {
    try {
      intakeSmtp = await intakeListener.listen(config.shops.intake.smtpPort, config.shops.intake.smtpHost);
    } catch (error) {
      await close();
      throw error;
    }
    logger.info(
      { scope: 'intake', smtp: `${intakeSmtp.host}:${intakeSmtp.port}` },
      'taking forwarded shipping mail by SMTP',
    );
  }
  return { app, store, relay, liveRelay, url, firstApiKey: firstKey?.key, setupUrl, intakeSmtp, close };
}
