import { randomBytes } from 'node:crypto';
import type { Shipment } from '../domain/shipment.js';
import { CompiledQuery } from 'kysely';
import type { StoreCapabilities } from '../store/dialects/capabilities.js';
import type { Executor } from '../store/executor.js';

/** 18 random bytes = 144 bits: far beyond guessing, 24 URL-safe characters. */
const TOKEN_BYTES = 18;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{24}$/;

export function isPageTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/**
 * The shipment's page token, made on first use. One per shipment: a unique index on shipment_id
 * settles two requests racing to make it, and the loser reads the winner's token.
 */
export async function pageTokenFor(
  db: Executor,
  shipment: Pick<Shipment, 'id' | 'tenantId'>,
  now: Date = new Date(),
): Promise<string> {
  const existing = await tokenOf(db, shipment.id);
  if (existing) return existing;
  await db
    .insertInto('page_tokens')
    .values({
      token: randomBytes(TOKEN_BYTES).toString('base64url'),
      shipment_id: shipment.id,
      tenant_id: shipment.tenantId,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('shipment_id').doNothing())
    .execute();
  const token = await tokenOf(db, shipment.id);
  if (!token) throw new Error(`page token for shipment ${shipment.id} was not stored`);
  return token;
}

/** The page's absolute URL (relative when no public base URL is known), for messages and the API. */
export async function pageUrlFor(db: Executor, shipmentId: string, publicBaseUrl: string): Promise<string> {
  const row = await db
    .selectFrom('shipments')
    .select(['id', 'tenant_id'])
    .where('id', '=', shipmentId)
    .executeTakeFirst();
  if (!row) throw new Error(`no shipment ${shipmentId}`);
  const token = await pageTokenFor(db, { id: row.id, tenantId: row.tenant_id });
  return `${publicBaseUrl.replace(/\/+$/, '')}/t/${token}`;
}

export interface PageTarget {
  readonly shipmentId: string;
  readonly tenantId: string;
}

export async function shipmentForToken(db: Executor, token: string): Promise<PageTarget | undefined> {
  if (!isPageTokenShape(token)) return undefined;
  const row = await db
    .selectFrom('page_tokens')
    .select(['shipment_id', 'tenant_id'])
    .where('token', '=', token)
    .executeTakeFirst();
  return row && { shipmentId: row.shipment_id, tenantId: row.tenant_id };
}

async function tokenOf(db: Executor, shipmentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('page_tokens')
    .select('token')
    .where('shipment_id', '=', shipmentId)
    .executeTakeFirst();
  return row?.token;
}

/** A page's shipment, and a stamp that changes whenever anything the page shows may have. */
export interface PageStamp {
  readonly target: PageTarget;
  /** The shipment's version, its newest outbox message, and the shop's name and settings. */
  readonly stamp: string;
}

// One read per page view: the token's shipment with what says whether a rendered page is still
// current. The newest outbox message is in it because the page carries it (live updates resume
// after it); the shop's settings because branding is.
const STAMP_QUERY = `select p.shipment_id, p.tenant_id, s.version, t.name, t.settings,
  (select o.seq from outbox o where o.shipment_id = p.shipment_id order by o.seq desc limit 1) as seq
  from page_tokens p
  join shipments s on s.id = p.shipment_id
  join tenants t on t.id = p.tenant_id
  where p.token = $1`;
const SQLITE_STAMP_QUERY = STAMP_QUERY.replace('$1', '?');

interface StampRow {
  shipment_id: string;
  tenant_id: string;
  version: number | string;
  name: string;
  settings: string;
  seq: number | string | null;
}

export async function pageStamp(
  db: Executor,
  caps: StoreCapabilities,
  token: string,
): Promise<PageStamp | undefined> {
  if (!isPageTokenShape(token)) return undefined;
  const text = caps.dialect === 'postgres' ? STAMP_QUERY : SQLITE_STAMP_QUERY;
  const row = (await db.executeQuery<StampRow>(CompiledQuery.raw(text, [token]))).rows[0];
  if (!row) return undefined;
  return {
    target: { shipmentId: row.shipment_id, tenantId: row.tenant_id },
    stamp: `${Number(row.version)}/${Number(row.seq ?? 0)}/${row.name}/${row.settings}`,
  };
}
