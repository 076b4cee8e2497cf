import type { Kysely } from 'kysely';
import type { Executor } from '../../store/executor.js';
import { retryOnConflict } from '../../store/retry.js';
import type { Database } from '../../store/schema.js';

// The Shopify rows of shop_webhooks (one per delivery: the dedupe guarantee and the health view)
// and shop_integrations (per tenant: last webhook, last error, backfill progress per shop).

const PLATFORM = 'shopify';

export type WebhookOutcome = 'stored' | 'ignored' | 'failed';

export async function webhookSeen(db: Executor, tenantId: string, webhookId: string): Promise<boolean> {
  const row = await db
    .selectFrom('shop_webhooks')
    .select('webhook_id')
    .where('tenant_id', '=', tenantId)
    .where('platform', '=', PLATFORM)
    .where('webhook_id', '=', webhookId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface WebhookRecord {
  readonly tenantId: string;
  readonly webhookId: string;
  readonly topic: string;
  readonly outcome: WebhookOutcome;
  readonly detail: string;
}

/**
 * Records a handled delivery and, with `touch` or when it failed, the integration's last webhook
 * (and last error), on the executor given: inside the transaction that stored the order, so both
 * commit together. Returns false when the id was already recorded (a replay that raced this
 * one): the row stays as the first wrote it.
 */
export async function recordWebhookIn(
  db: Executor,
  entry: WebhookRecord,
  now: Date,
  touch = true,
): Promise<boolean> {
  const at = now.toISOString();
  const failed = entry.outcome === 'failed';
  const inserted = await db
    .insertInto('shop_webhooks')
    .values({
      tenant_id: entry.tenantId,
      platform: PLATFORM,
      webhook_id: entry.webhookId,
      topic: entry.topic.slice(0, 100),
      received_at: at,
      outcome: entry.outcome,
      detail: entry.detail.slice(0, 500),
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'platform', 'webhook_id']).doNothing())
    .executeTakeFirst();
  if (touch || failed)
    await db
      .insertInto('shop_integrations')
      .values({
        tenant_id: entry.tenantId,
        platform: PLATFORM,
        backfill: '{}',
        last_webhook_at: at,
        last_error: failed ? entry.detail.slice(0, 500) : null,
        last_error_at: failed ? at : null,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'platform']).doUpdateSet((eb) => ({
          last_webhook_at: eb.ref('excluded.last_webhook_at'),
          updated_at: eb.ref('excluded.updated_at'),
          ...(failed
            ? { last_error: eb.ref('excluded.last_error'), last_error_at: eb.ref('excluded.last_error_at') }
            : {}),
        })),
      )
      .execute();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The same in a transaction of its own, for a delivery that stored nothing else. */
export function recordWebhook(
  db: Kysely<Database>,
  entry: WebhookRecord,
  now: Date,
  touch = true,
): Promise<boolean> {
  return retryOnConflict(() => db.transaction().execute((trx) => recordWebhookIn(trx, entry, now, touch)));
}

/** A failure outside webhooks (posting an event, a backfill page): the console shows the last one. */
export async function noteIntegrationError(
  db: Executor,
  tenantId: string,
  message: string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('shop_integrations')
    .values({
      tenant_id: tenantId,
      platform: PLATFORM,
      backfill: '{}',
      last_webhook_at: null,
      last_error: message.slice(0, 500),
      last_error_at: at,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'platform']).doUpdateSet((eb) => ({
        last_error: eb.ref('excluded.last_error'),
        last_error_at: eb.ref('excluded.last_error_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export interface IntegrationView {
  readonly lastWebhookAt: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  /** Backfill progress by shop domain. */
  readonly backfill: Record<string, unknown>;
}

export async function readIntegration(db: Executor, tenantId: string): Promise<IntegrationView | undefined> {
  const row = await db
    .selectFrom('shop_integrations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('platform', '=', PLATFORM)
    .executeTakeFirst();
  if (!row) return undefined;
  let backfill: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.backfill);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      backfill = parsed as Record<string, unknown>;
  } catch {
    // An unreadable progress starts the backfill over; nothing else depends on it.
  }
  return {
    lastWebhookAt: row.last_webhook_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    backfill,
  };
}

/** Stores one shop's backfill progress (and its error as the integration's last error). */
export async function writeBackfill(
  db: Executor,
  tenantId: string,
  shopDomain: string,
  progress: object,
  now: Date,
  error?: string,
): Promise<void> {
  const at = now.toISOString();
  const current = (await readIntegration(db, tenantId))?.backfill ?? {};
  const backfill = JSON.stringify({ ...current, [shopDomain]: progress });
  await db
    .insertInto('shop_integrations')
    .values({
      tenant_id: tenantId,
      platform: PLATFORM,
      backfill,
      last_webhook_at: null,
      last_error: error?.slice(0, 500) ?? null,
      last_error_at: error ? at : null,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'platform']).doUpdateSet((eb) => ({
        backfill: eb.ref('excluded.backfill'),
        updated_at: eb.ref('excluded.updated_at'),
        ...(error
          ? { last_error: eb.ref('excluded.last_error'), last_error_at: eb.ref('excluded.last_error_at') }
          : {}),
      })),
    )
    .execute();
}
