import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { build } from '../../src/http/app.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { createApiKey, createTenant } from '../../src/store/repositories/tenants.js';
import { NO_API_LIMITS } from './api-limits.js';
import { freshStore, type DialectName, type TestStore } from './dialects.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: TestStore;
  readonly key: string;
  readonly tenantId: string;
  readonly auth: { authorization: string };
  /** Woken on every commit (not polling): live tracking pages subscribe to it. */
  readonly relay: OutboxRelay;
  close(): Promise<void>;
}

export { NO_API_LIMITS };

/** The real app on a fresh store with one tenant and its key. */
export async function testApp(
  dialect: DialectName,
  overrides: Record<string, unknown> = {},
): Promise<TestApp> {
  const store = await freshStore(dialect);
  const now = () => new Date();
  const tenant = await createTenant(store.db, 'Test shop', now());
  const { key } = await createApiKey(store.db, tenant.id, 'test', now());
  const config = loadConfig({}, { 'simulator.enabled': false, ...NO_API_LIMITS, ...overrides });
  const relay = new OutboxRelay(store);
  const app = await build({
    config,
    store,
    pipeline: new IngestPipeline(store, { clock: now, onCommitted: () => relay.wake() }),
    onCommitted: () => relay.wake(),
    relay,
    logger: pino({ level: 'silent' }),
    clock: now,
    detectCarrier: chooseCarrier,
  });
  return {
    app,
    store,
    key,
    tenantId: tenant.id,
    auth: { authorization: `Bearer ${key}` },
    relay,
    close: async () => {
      await app.close();
      await relay.stop();
      await store.dispose();
    },
  };
}
