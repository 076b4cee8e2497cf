import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/console/auth/tokens.js';
import { consoleRoutes } from '../../src/console/http/plugin.js';
import { ingestOrder } from '../../src/orders/ingest-order.js';
import { DIALECTS } from '../helpers/dialects.js';
import {
  consoleHarness,
  shipmentWithScans,
  signedIn,
  type ConsoleClient,
  type ConsoleHarness,
} from './harness.js';

// Every console route, taken from the route table itself, so a route added later cannot be
// missed: a person of one shop gets 404 for anything of another shop, and changes nothing.

interface Route {
  readonly method: string;
  readonly url: string;
}

async function consoleRouteTable(h: ConsoleHarness): Promise<Route[]> {
  const routes: Route[] = [];
  const probe = Fastify();
  probe.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  await probe.register(consoleRoutes(h.deps));
  await probe.ready();
  await probe.close();
  return routes;
}

/** Routes that take no id: each must show only the signed-in shop's things. */
const WITHOUT_IDS_ARE_CHECKED_FOR_LEAKS = true;

describe.each(DIALECTS)('tenant isolation over every console route (%s)', (dialect) => {
  let h: ConsoleHarness;
  let routes: Route[];
  let intruder: ConsoleClient;
  const ids: Record<string, string> = {};
  const theirNumber = 'THEIRS0000000001';

  beforeAll(async () => {
    h = await consoleHarness(dialect);
    routes = await consoleRouteTable(h);
    // The victim shop (h.tenantId) has a shipment with a note, a webhook endpoint and delivery,
    // a notification message, a user, an invitation and an API key.
    const owner = await signedIn(h, h.owner);
    ids['shipment'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: theirNumber,
      orderRef: 'THEIR-ORDER-1',
      scans: [{ occurredAt: '2026-11-20T10:00:00Z', status: 'exception.address_issue' }],
    });
    await owner.open(`/app/shipments/${ids['shipment']}`);
    await owner.post(`/app/shipments/${ids['shipment']}/notes`, { body: 'their private note' });
    const now = new Date().toISOString();
    await h.store.db
      .insertInto('webhook_endpoints')
      .values({
        id: 'EP-THEIRS',
        tenant_id: h.tenantId,
        url: 'https://hooks.theirs.example/',
        description: '',
        events: '["*"]',
        secret: 'whsec_x',
        enabled: 1,
        disabled_reason: null,
        disabled_at: null,
        consecutive_dead_letters: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await h.store.db
      .insertInto('webhook_deliveries')
      .values({
        id: 'DL-THEIRS',
        webhook_id: 'msg_x',
        tenant_id: h.tenantId,
        endpoint_id: 'EP-THEIRS',
        outbox_id: 'OB-X',
        shipment_id: ids['shipment'],
        event_type: 'exception.raised',
        body: '{}',
        state: 'dead',
        attempts: 5,
        next_attempt_at: now,
        claim_token: null,
        window_started_at: now,
        last_status_code: 500,
        last_error: 'boom',
        delivered_at: null,
        dead_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await h.store.db
      .insertInto('notification_recipients')
      .values({
        id: 'RC-THEIRS',
        tenant_id: h.tenantId,
        shipment_id: ids['shipment'],
        channel: 'email',
        address: 'their.customer@example.com',
        details: '{}',
        locale: 'en',
        time_zone: null,
        consent_text: 'x',
        consented_at: now,
        unsubscribe_token: 'tok-theirs',
        created_at: now,
      })
      .execute();
    await h.store.db
      .insertInto('notification_messages')
      .values({
        id: 'MS-THEIRS',
        tenant_id: h.tenantId,
        shipment_id: ids['shipment'],
        recipient_id: 'RC-THEIRS',
        firing_id: 'FI-X',
        channel: 'email',
        idempotency_key: 'key-theirs',
        event_type: 'exception.raised',
        context: '{"topics":[]}',
        status: 'sent',
        due_at: now,
        attempts: 1,
        claimed_by: null,
        claimed_until: null,
        provider_id: null,
        provider_status: null,
        last_error: null,
        created_at: now,
        updated_at: now,
        sent_at: now,
      })
      .execute();
    ids['user'] = h.agent.user.id;
    ids['invitation'] = await createToken(
      h.store.db,
      {
        purpose: 'invite',
        tenantId: h.tenantId,
        email: 'pending@shop.example',
        role: 'agent',
        expiresAt: new Date(Date.now() + 86_400_000),
      },
      new Date(),
    );
    const key = await h.store.db
      .selectFrom('api_keys')
      .select('id')
      .where('tenant_id', '=', h.tenantId)
      .executeTakeFirstOrThrow();
    ids['apiKey'] = key.id;
    // An order of theirs, with their shipment as its parcel and their customer.
    const order = await ingestOrder(
      h.store,
      {
        tenantId: h.tenantId,
        source: 'shopify',
        orderNumber: 'THEIR-ORDER-1',
        customer: { name: 'Their Customer', email: 'their.customer@example.com' },
        parcels: [{ trackingNumber: theirNumber, carrier: 'waybill' }],
      },
      new Date(),
      { detectCarrier: h.deps.detectCarrier, mode: 'lenient' },
    );
    ids['order'] = order.order.id;
    intruder = await signedIn(h, h.other.owner);
  });
  afterAll(async () => h.close());

  /** The other shop's id for each path parameter; a route with a parameter not here fails the test. */
  function fill(route: Route): string | undefined {
    const { url } = route;
    const byRoute: [RegExp, Record<string, string>][] = [
      [/^\/app\/shipments\/:id\/notifications\/:messageId/, { id: ids['shipment']!, messageId: 'MS-THEIRS' }],
      [/^\/app\/shipments\/:id/, { id: ids['shipment']! }],
      [/^\/app\/attention\/:shipmentId\/:kind/, { shipmentId: ids['shipment']!, kind: 'exception' }],
      [/^\/app\/settings\/webhooks\/dead-letters\/:id/, { id: 'DL-THEIRS' }],
      [/^\/app\/settings\/webhooks\/:id/, { id: 'EP-THEIRS' }],
      [/^\/app\/settings\/users\/invitations\/:id/, { id: ids['invitation']! }],
      [/^\/app\/settings\/users\/:id/, { id: ids['user']! }],
      [/^\/app\/settings\/api-keys\/:id/, { id: ids['apiKey']! }],
      [/^\/app\/orders\/:id/, { id: ids['order']! }],
    ];
    const match = byRoute.find(([pattern]) => pattern.test(url));
    if (!match) return undefined;
    return url.replace(/:(\w+)/g, (_, name: string) => match[1][name] ?? `:${name}`);
  }

  const PUBLIC_WITH_TOKENS = /^\/app\/(setup|invite|reset)\/:token$/;

  it('covers every route with parameters', () => {
    const withParams = routes.filter((r) => r.url.includes(':') && !PUBLIC_WITH_TOKENS.test(r.url));
    expect(withParams.length).toBeGreaterThan(15);
    const uncovered = withParams.filter((r) => fill(r) === undefined || fill(r)!.includes(':'));
    expect(uncovered).toEqual([]);
  });

  it('answers 404 for another shop’s shipment, note, message, endpoint, user, invitation or key, and changes nothing', async () => {
    const before = await snapshot(h);
    const results: string[] = [];
    for (const route of routes.filter((r) => r.url.includes(':') && !PUBLIC_WITH_TOKENS.test(r.url))) {
      const url = fill(route)!;
      const response =
        route.method === 'GET'
          ? await intruder.get(url)
          : await intruder.post(url, {
              body: 'x',
              carrier: 'ups',
              action: 'resolve',
              reason: 'x',
              paused: '1',
              archived: '1',
              assignee: '',
              role: 'viewer',
              enabled: '0',
              status: 'delivered.standard',
              occurredAt: '2026-11-21T10:00',
              zone: 'UTC',
              label: 'x',
            });
      results.push(`${route.method} ${route.url} → ${response.statusCode}`);
      expect(response.body).not.toContain(theirNumber);
      expect(response.body).not.toContain('their private note');
    }
    expect(results.filter((line) => !line.endsWith('→ 404'))).toEqual([]);
    expect(await snapshot(h)).toEqual(before);
  });

  it('shows nothing of another shop on the routes without ids', async () => {
    expect(WITHOUT_IDS_ARE_CHECKED_FOR_LEAKS).toBe(true);
    const pages = routes.filter(
      (r) =>
        r.method === 'GET' && !r.url.includes(':') && !r.url.includes('/assets/') && r.url !== '/app/events',
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const route of pages) {
      for (const query of [
        '',
        `?q=${theirNumber}`,
        '?q=THEIR-ORDER-1',
        '?q=their.customer@example.com',
        '?figure=volume',
        '?fragment=1',
        '?id=' + ids['shipment'],
      ]) {
        const response = await intruder.get(`${route.url}${query}`);
        expect(response.statusCode, `${route.url}${query}`).toBeLessThan(500);
        // A search box shows what was searched for; anything else of theirs is a leak.
        const searched = new URLSearchParams(query).get('q') ?? '';
        const body = searched
          ? response.body.split(searched).join('').split(encodeURIComponent(searched)).join('')
          : response.body;
        expect(body, `${route.url}${query}`).not.toContain(ids['shipment']!);
        expect(body, `${route.url}${query}`).not.toContain(ids['order']!);
        expect(body, `${route.url}${query}`).not.toContain(theirNumber);
        expect(body).not.toContain('their.customer@example.com');
        expect(body).not.toContain('hooks.theirs.example');
        expect(body).not.toContain('pending@shop.example');
      }
    }
  });
});

async function snapshot(h: ConsoleHarness) {
  const db = h.store.db;
  return {
    shipment: await db
      .selectFrom('shipments')
      .select(['carrier', 'archived_at', 'notifications_paused', 'event_count'])
      .where('tenant_id', '=', h.tenantId)
      .execute(),
    notes: await db.selectFrom('shipment_notes').select(['id', 'body']).execute(),
    marks: await db.selectFrom('attention_marks').selectAll().execute(),
    messages: await db.selectFrom('notification_messages').select(['id', 'status']).execute(),
    endpoints: await db.selectFrom('webhook_endpoints').select(['id', 'enabled']).execute(),
    deliveries: await db.selectFrom('webhook_deliveries').select(['id', 'state']).execute(),
    users: await db.selectFrom('users').select(['id', 'role', 'disabled_at']).orderBy('id').execute(),
    tokens: await db
      .selectFrom('console_tokens')
      .select(['id', 'revoked_at', 'token_hash'])
      .orderBy('id')
      .execute(),
    keys: await db.selectFrom('api_keys').select(['id', 'revoked_at']).orderBy('id').execute(),
  };
}
