import { randomBytes } from 'node:crypto';
import type { Executor } from '../../store/executor.js';
import { newId } from '../../store/ids.js';
import type { WebhookEndpointTable } from '../../store/tables/webhooks.js';

export interface WebhookEndpoint {
  readonly id: string;
  readonly tenantId: string;
  readonly url: string;
  readonly description: string;
  readonly events: string[];
  readonly enabled: boolean;
  readonly disabledReason: string | null;
  readonly disabledAt: string | null;
  readonly consecutiveDeadLetters: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface WebhookEndpointWithSecret extends WebhookEndpoint {
  readonly secret: string;
}

export interface NewWebhookEndpoint {
  readonly tenantId: string;
  readonly url: string;
  readonly description?: string | undefined;
  readonly events: readonly string[];
}

export interface WebhookEndpointPatch {
  readonly url?: string | undefined;
  readonly description?: string | undefined;
  readonly events?: readonly string[] | undefined;
  readonly enabled?: boolean | undefined;
}

/** A Standard Webhooks symmetric secret: 32 random bytes, base64, with the `whsec_` prefix. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export function endpointFromRow(row: WebhookEndpointTable): WebhookEndpointWithSecret {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events) as string[],
    enabled: row.enabled === 1,
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at,
    consecutiveDeadLetters: row.consecutive_dead_letters,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    secret: row.secret,
  };
}

/** Drops the secret: listings show it nowhere, the single-endpoint read shows it on purpose. */
export function withoutSecret(endpoint: WebhookEndpointWithSecret): WebhookEndpoint {
  const { secret: _secret, ...rest } = endpoint;
  return rest;
}

export async function createEndpoint(
  db: Executor,
  input: NewWebhookEndpoint,
  now: Date,
): Promise<WebhookEndpointWithSecret> {
  const row: WebhookEndpointTable = {
    id: newId(now.getTime()),
    tenant_id: input.tenantId,
    url: input.url,
    description: input.description ?? '',
    events: JSON.stringify([...new Set(input.events)]),
    secret: newWebhookSecret(),
    enabled: 1,
    disabled_reason: null,
    disabled_at: null,
    consecutive_dead_letters: 0,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await db.insertInto('webhook_endpoints').values(row).execute();
  return endpointFromRow(row);
}

export async function listEndpoints(db: Executor, tenantId: string): Promise<WebhookEndpointWithSecret[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('id')
    .execute();
  return rows.map(endpointFromRow);
}

export async function findEndpoint(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<WebhookEndpointWithSecret | undefined> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && endpointFromRow(row);
}

/** Enabling again clears the failure count and the reason: the merchant says it is fixed. */
export async function updateEndpoint(
  db: Executor,
  tenantId: string,
  id: string,
  patch: WebhookEndpointPatch,
  now: Date,
): Promise<WebhookEndpointWithSecret | undefined> {
  const set: Partial<WebhookEndpointTable> = { updated_at: now.toISOString() };
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.events !== undefined) set.events = JSON.stringify([...new Set(patch.events)]);
  if (patch.enabled === true) {
    Object.assign(set, { enabled: 1, disabled_reason: null, disabled_at: null, consecutive_dead_letters: 0 });
  } else if (patch.enabled === false) {
    Object.assign(set, {
      enabled: 0,
      disabled_reason: 'disabled by the merchant',
      disabled_at: now.toISOString(),
    });
  }
  await db
    .updateTable('webhook_endpoints')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
  return findEndpoint(db, tenantId, id);
}

/** Removes the endpoint with its deliveries and their log. */
export async function deleteEndpoint(db: Executor, tenantId: string, id: string): Promise<boolean> {
  const found = await findEndpoint(db, tenantId, id);
  if (!found) return false;
  await db.deleteFrom('webhook_attempts').where('endpoint_id', '=', id).execute();
  await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  return true;
}

/** The tenant's enabled endpoints, whatever their filters (a fan-out batch filters per message). */
export async function enabledEndpoints(db: Executor, tenantId: string): Promise<WebhookEndpointWithSecret[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('enabled', '=', 1)
    .execute();
  return rows.map(endpointFromRow);
}
