import type { Migration } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';
import { initial } from './0001-initial.js';
import { carrierTables } from './0002-carriers.js';
import { notifyTables } from './0003-notify.js';
import { pageTables } from './0004-pages.js';
import { webhookTables } from './0005-webhooks.js';
import { pushTables } from './0006-push.js';
import { ingestIndexes } from './0007-ingest-indexes.js';
import { consoleTables } from './0008-console.js';
import { orderedAt } from './0009-ordered-at.js';
import { outboxRequestId } from './0010-outbox-request-id.js';
import { rateLimitTables } from './0011-rate-limits.js';
import { shipmentVersion } from './0012-shipment-version.js';
import { idempotencyKeys } from './0013-idempotency-keys.js';
import { orderTables } from './0014-orders.js';
import { outboxPositions } from './0015-outbox-positions.js';

/**
 * Migrations that take something away (a column, a table, a constraint old code relied on). During
 * a rolling upgrade old and new nodes run against one schema, so every other migration only adds
 * (expand): new tables, and new columns that are nullable or have a default. A contract migration
 * ships one release after the code stopped using what it removes (docs/operations.md). None yet.
 */
export const CONTRACT_MIGRATIONS: ReadonlySet<string> = new Set<string>();

/** Every migration, in order. An explicit list: nothing is discovered from the filesystem. */
export function allMigrations(caps: StoreCapabilities): Record<string, Migration> {
  return {
    '0001-initial': initial(caps),
    '0002-carriers': carrierTables(caps),
    '0003-notify': notifyTables(caps),
    '0004-pages': pageTables(caps),
    '0005-webhooks': webhookTables(caps),
    '0006-push': pushTables(caps),
    '0007-ingest-indexes': ingestIndexes(caps),
    '0008-console': consoleTables(caps),
    '0009-ordered-at': orderedAt(caps),
    '0010-outbox-request-id': outboxRequestId(caps),
    '0011-rate-limits': rateLimitTables(caps),
    '0012-shipment-version': shipmentVersion(caps),
    '0013-idempotency-keys': idempotencyKeys(caps),
    '0014-orders': orderTables(caps),
    '0015-outbox-positions': outboxPositions(caps),
  };
}
