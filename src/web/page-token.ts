import { randomBytes } from 'node:crypto';
import type { Shipment } from '../domain/shipment.js';
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
