import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The pages tables (src/store/tables/pages.ts). Landed migrations are never edited; add a new file instead.
export function pageTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('page_tokens')
        .addColumn('token', 'text', (c) => c.primaryKey())
        .addColumn('shipment_id', 'text', (c) => c.notNull().unique().references('shipments.id'))
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('page_sessions')
        .addColumn('session_hash', 'text', (c) => c.primaryKey())
        .addColumn('shipment_id', 'text', (c) => c.notNull().references('shipments.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      // The lookup form searches by tracking number or order number across tenants; the core
      // indexes lead with tenant_id, which such a search does not know.
      await db.schema
        .createIndex('shipments_number_any_tenant')
        .on('shipments')
        .columns(['tracking_number'])
        .execute();
      await db.schema
        .createIndex('shipments_order_any_tenant')
        .on('shipments')
        .columns(['order_ref'])
        .execute();
      await db.schema
        .createIndex('page_sessions_expiry')
        .on('page_sessions')
        .columns(['expires_at'])
        .execute();
    },
  };
}
