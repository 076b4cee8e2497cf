import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { hashPassword } from '../../src/console/auth/password.js';
import { createUser, type User } from '../../src/console/auth/users.js';
import type { Role } from '../../src/console/roles.js';
import { loadConfig } from '../../src/config/config.js';
import { build } from '../../src/http/app.js';
import type { AppDeps } from '../../src/http/deps.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { createApiKey, createTenant } from '../../src/store/repositories/tenants.js';
import { freshStore, type DialectName, type TestStore } from '../helpers/dialects.js';

export const PASSWORD = 'a long enough passphrase';

/** A clock the test moves: sessions and lockouts are checked against it. */
export class TestClock {
  constructor(public now: Date = new Date()) {}
  read = (): Date => new Date(this.now);
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}

export interface Person {
  readonly user: User;
  readonly password: string;
}

export interface ConsoleHarness {
  readonly app: FastifyInstance;
  readonly deps: AppDeps;
  readonly store: TestStore;
  readonly relay: OutboxRelay;
  readonly pipeline: IngestPipeline;
  readonly clock: TestClock;
  readonly tenantId: string;
  readonly auth: { authorization: string };
  readonly owner: Person;
  readonly agent: Person;
  readonly viewer: Person;
  /** Another shop, with its own owner: for isolation tests. */
  readonly other: { tenantId: string; owner: Person; auth: { authorization: string } };
  close(): Promise<void>;
}

export async function addPerson(
  store: TestStore,
  tenantId: string,
  role: Role,
  email: string,
  now: Date,
  password = PASSWORD,
): Promise<Person> {
  const user = await createUser(
    store.db,
    {
      tenantId,
      email,
      name: `${role[0]!.toUpperCase()}${role.slice(1)} ${email.split('@')[0]}`,
      role,
      passwordHash: await hashPassword(password),
    },
    now,
  );
  return { user, password };
}

/**
 * Config overrides (paths such as `shops.shopify`), or a function of the two shops' ids for
 * settings that name a tenant.
 */
export type HarnessOverrides =
  | Record<string, unknown>
  | ((tenants: { tenantId: string; otherTenantId: string }) => Record<string, unknown>);

/** The real app (console included) on a fresh store: two shops, three people in the first. */
export async function consoleHarness(
  dialect: DialectName,
  overrides: HarnessOverrides = {},
): Promise<ConsoleHarness> {
  const store = await freshStore(dialect);
  const clock = new TestClock();
  const now = clock.read();
  const tenant = await createTenant(store.db, 'Test shop', now);
  const otherTenant = await createTenant(store.db, 'Other shop', now);
  const { key } = await createApiKey(store.db, tenant.id, 'test', now);
  const { key: otherKey } = await createApiKey(store.db, otherTenant.id, 'test', now);
  const resolved =
    typeof overrides === 'function'
      ? overrides({ tenantId: tenant.id, otherTenantId: otherTenant.id })
      : overrides;
  const config = loadConfig({}, { 'simulator.enabled': false, ...resolved });
  const relay = new OutboxRelay(store);
  const pipeline = new IngestPipeline(store, { clock: clock.read, onCommitted: () => relay.wake() });
  const deps: AppDeps = {
    config,
    store,
    pipeline,
    onCommitted: () => relay.wake(),
    relay,
    logger: pino({ level: 'silent' }),
    clock: clock.read,
    detectCarrier: chooseCarrier,
  };
  const app = await build(deps);
  const [owner, agent, viewer, otherOwner] = await Promise.all([
    addPerson(store, tenant.id, 'owner', 'owner@shop.example', now),
    addPerson(store, tenant.id, 'agent', 'agent@shop.example', now),
    addPerson(store, tenant.id, 'viewer', 'viewer@shop.example', now),
    addPerson(store, otherTenant.id, 'owner', 'owner@other.example', now),
  ]);
  return {
    app,
    deps,
    store,
    relay,
    pipeline,
    clock,
    tenantId: tenant.id,
    auth: { authorization: `Bearer ${key}` },
    owner: owner!,
    agent: agent!,
    viewer: viewer!,
    other: { tenantId: otherTenant.id, owner: otherOwner!, auth: { authorization: `Bearer ${otherKey}` } },
    close: async () => {
      await app.close();
      await relay.stop();
      await store.dispose();
    },
  };
}

/** A browser's view of the console over inject(): cookies kept, forms carrying their token. */
export class ConsoleClient {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly app: FastifyInstance) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookieHeader, ...headers },
    });
    this.keep(response);
    return response;
  }

  async post(
    url: string,
    fields: Record<string, string | string[]>,
    options: { csrf?: string | null; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    const token = options.csrf === undefined ? this.csrf : options.csrf;
    if (token !== null) body.set('_csrf', token);
    for (const [name, value] of Object.entries(fields))
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: this.cookieHeader,
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        ...(options.headers ?? {}),
      },
      payload: body.toString(),
    });
    this.keep(response);
    return response;
  }

  /** Opens a page and takes the CSRF token of its forms. */
  async open(url: string): Promise<LightMyRequestResponse> {
    const response = await this.get(url);
    const token = /name="_csrf" value="([^"]*)"/.exec(response.body)?.[1];
    if (token !== undefined) this.csrf = token;
    return response;
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.open('/app/login');
    const response = await this.post('/app/login', { email, password });
    if (response.statusCode === 303) await this.open('/app');
    return response;
  }

  private keep(response: LightMyRequestResponse): void {
    const header = response.headers['set-cookie'];
    const list = header === undefined ? [] : Array.isArray(header) ? header : [header];
    for (const cookie of list) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/i.test(cookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export async function signedIn(h: ConsoleHarness, person: Person): Promise<ConsoleClient> {
  const client = new ConsoleClient(h.app);
  const response = await client.signIn(person.user.email, person.password);
  if (response.statusCode !== 303)
    throw new Error(`sign-in of ${person.user.email} failed: ${response.statusCode}`);
  return client;
}

/** Registers a shipment and its scans through the API, as a merchant's system would. */
export async function shipmentWithScans(
  h: Pick<ConsoleHarness, 'app'>,
  auth: { authorization: string },
  input: {
    trackingNumber: string;
    orderRef?: string;
    promisedDate?: string;
    carrier?: string;
    service?: string;
    destination?: { city?: string; country?: string; postalCode?: string };
    origin?: { city?: string; country?: string };
    scans: readonly {
      occurredAt: string;
      status: string;
      city?: string;
      country?: string;
      rawCode?: string;
      rawDescription?: string;
    }[];
  },
): Promise<string> {
  const registered = await h.app.inject({
    method: 'POST',
    url: '/v1/shipments',
    headers: auth,
    payload: {
      trackingNumber: input.trackingNumber,
      carrier: input.carrier ?? 'waybill',
      ...(input.orderRef ? { orderRef: input.orderRef } : {}),
      ...(input.promisedDate ? { promisedDate: input.promisedDate } : {}),
      ...(input.service ? { service: input.service } : {}),
      ...(input.destination ? { destination: input.destination } : {}),
      ...(input.origin ? { origin: input.origin } : {}),
    },
  });
  if (registered.statusCode >= 300) throw new Error(`registration failed: ${registered.body}`);
  const id = (registered.json() as { id: string }).id;
  if (input.scans.length > 0) {
    const events = await h.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: auth,
      payload: {
        events: input.scans.map((scan) => ({
          trackingNumber: input.trackingNumber,
          carrier: input.carrier ?? 'waybill',
          occurredAt: scan.occurredAt,
          status: scan.status,
          ...(scan.rawCode ? { rawCode: scan.rawCode } : {}),
          ...(scan.rawDescription ? { rawDescription: scan.rawDescription } : {}),
          location: { city: scan.city ?? 'Berlin', country: scan.country ?? 'DE' },
        })),
      },
    });
    if (events.statusCode >= 300) throw new Error(`scans refused: ${events.body}`);
  }
  return id;
}

/** The harness's app on a port of 127.0.0.1, for the browser. */
export async function servedConsole(
  overrides: HarnessOverrides = {},
): Promise<ConsoleHarness & { readonly url: string }> {
  const h = await consoleHarness('sqlite', overrides);
  h.relay.start();
  const url = await h.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...h, url };
}

/** Deliveries the analytics rollups have counted so far (the subscriber runs behind the relay). */
export async function countedDeliveries(store: TestStore): Promise<number> {
  const rows = await store.db
    .selectFrom('console_rollups')
    .select('counts')
    .where('span', '=', 'day')
    .execute();
  return rows.reduce(
    (sum, row) =>
      sum + ((JSON.parse(row.counts) as Record<string, [number, number]>)['delivered:0']?.[0] ?? 0),
    0,
  );
}
