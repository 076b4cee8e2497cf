import type { Executor } from '../../store/executor.js';
import { siteKey } from './shops.js';

// What Waybill remembers about a tenant's WooCommerce sites: each delivery (shop_webhooks, whose
// primary key is the dedupe), and per tenant the last webhook, the last failure and the backfill
// progress of each site (shop_integrations).

export const PLATFORM = 'woocommerce';

export type DeliveryOutcome = 'stored' | 'ignored' | 'failed';

/**
 * Takes a delivery for handling. `new`: first seen; `retry`: seen before but it failed (or
 * stopped half-way), so it is handled again; `duplicate`: already handled, nothing to do.
 */
export async function claimDelivery(
  db: Executor,
  delivery: { tenantId: string; webhookId: string; topic: string },
  now: Date,
): Promise<'new' | 'retry' | 'duplicate'> {
  const inserted = await db
    .insertInto('shop_webhooks')
    .values({
      tenant_id: delivery.tenantId,
      platform: PLATFORM,
      webhook_id: delivery.webhookId,
      topic: delivery.topic,
      received_at: now.toISOString(),
      // Until it is handled: a delivery that stops half-way is handled again when it comes back.
      outcome: 'failed',
      detail: 'received; handling did not finish',
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'platform', 'webhook_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return 'new';
  const existing = await db
    .selectFrom('shop_webhooks')
    .select('outcome')
    .where('tenant_id', '=', delivery.tenantId)
    .where('platform', '=', PLATFORM)
    .where('webhook_id', '=', delivery.webhookId)
    .executeTakeFirst();
  return existing?.outcome === 'failed' ? 'retry' : 'duplicate';
}

export async function finishDelivery(
  db: Executor,
  delivery: { tenantId: string; webhookId: string },
  outcome: DeliveryOutcome,
  detail: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('shop_webhooks')
    .set({ outcome, detail: detail.slice(0, 1000), received_at: now.toISOString() })
    .where('tenant_id', '=', delivery.tenantId)
    .where('platform', '=', PLATFORM)
    .where('webhook_id', '=', delivery.webhookId)
    .execute();
}

/** A delivery handled in one step (ignored or unreadable): kept once under its key. */
export async function recordDelivery(
  db: Executor,
  delivery: { tenantId: string; webhookId: string; topic: string },
  outcome: DeliveryOutcome,
  detail: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('shop_webhooks')
    .values({
      tenant_id: delivery.tenantId,
      platform: PLATFORM,
      webhook_id: delivery.webhookId,
      topic: delivery.topic,
      received_at: now.toISOString(),
      outcome,
      detail: detail.slice(0, 1000),
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'platform', 'webhook_id']).doNothing())
    .execute();
}

async function ensureIntegration(db: Executor, tenantId: string, now: Date): Promise<void> {
  await db
    .insertInto('shop_integrations')
    .values({
      tenant_id: tenantId,
      platform: PLATFORM,
      backfill: '{}',
      last_webhook_at: null,
      last_error: null,
      last_error_at: null,
      updated_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'platform']).doNothing())
    .execute();
}

/** A webhook arrived (and, when it failed, why): the console's health line. */
export async function noteWebhook(db: Executor, tenantId: string, now: Date, error?: string): Promise<void> {
  await ensureIntegration(db, tenantId, now);
  const at = now.toISOString();
  await db
    .updateTable('shop_integrations')
    .set(
      error === undefined
        ? { last_webhook_at: at, updated_at: at }
        : { last_webhook_at: at, last_error: error.slice(0, 1000), last_error_at: at, updated_at: at },
    )
    .where('tenant_id', '=', tenantId)
    .where('platform', '=', PLATFORM)
    .execute();
}

/** One site's backfill: where it is, so a restart goes on from there. */
export interface BackfillProgress {
  /** modified_after of this run (UTC ISO), or null for every order. */
  readonly since: string | null;
  /** The last page finished; the next run of an unfinished backfill asks for the page after it. */
  readonly page: number;
  readonly totalPages: number | null;
  /** Orders seen, and how each fared. */
  readonly orders: number;
  readonly stored: number;
  readonly ignored: number;
  readonly failed: number;
  readonly done: boolean;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly lastError: string | null;
}

export async function readBackfill(
  db: Executor,
  tenantId: string,
  siteUrl: string,
): Promise<BackfillProgress | undefined> {
  const row = await db
    .selectFrom('shop_integrations')
    .select('backfill')
    .where('tenant_id', '=', tenantId)
    .where('platform', '=', PLATFORM)
    .executeTakeFirst();
  const sites = parseSites(row?.backfill);
  const key = siteKey(siteUrl);
  return Object.hasOwn(sites, key) ? (sites[key] as BackfillProgress) : undefined;
}

/**
 * Saves one site's progress beside the tenant's other sites (read, merge, write: the CLI backfills
 * a tenant's sites one after another). A progress with lastError also becomes the last error.
 */
export async function saveBackfill(
  db: Executor,
  tenantId: string,
  siteUrl: string,
  progress: BackfillProgress,
  now: Date,
): Promise<void> {
  await ensureIntegration(db, tenantId, now);
  const row = await db
    .selectFrom('shop_integrations')
    .select('backfill')
    .where('tenant_id', '=', tenantId)
    .where('platform', '=', PLATFORM)
    .executeTakeFirst();
  const sites = { ...parseSites(row?.backfill), [siteKey(siteUrl)]: progress };
  const at = now.toISOString();
  await db
    .updateTable('shop_integrations')
    .set({
      backfill: JSON.stringify(sites),
      updated_at: at,
      ...(progress.lastError === null ? {} : { last_error: progress.lastError, last_error_at: at }),
    })
    .where('tenant_id', '=', tenantId)
    .where('platform', '=', PLATFORM)
    .execute();
}

function parseSites(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
