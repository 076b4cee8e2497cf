import { sql, type Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// Landed migrations are never edited; add a new file instead.
export function initial(caps: StoreCapabilities) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('tenants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('key_prefix', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('api_keys_tenant').on('api_keys').columns(['tenant_id']).execute();

      await db.schema
        .createTable('shipments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('tracking_number', 'text', (c) => c.notNull())
        .addColumn('carrier', 'text', (c) => c.notNull())
        .addColumn('service', 'text')
        .addColumn('order_ref', 'text')
        .addColumn('origin_postal_code', 'text')
        .addColumn('origin_city', 'text')
        .addColumn('origin_region', 'text')
        .addColumn('origin_country', 'text')
        .addColumn('destination_postal_code', 'text')
        .addColumn('destination_city', 'text')
        .addColumn('destination_region', 'text')
        .addColumn('destination_country', 'text')
        .addColumn('promised_date', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('substatus', 'text', (c) => c.notNull())
        .addColumn('exception_reason', 'text')
        .addColumn('last_city', 'text')
        .addColumn('last_region', 'text')
        .addColumn('last_postal_code', 'text')
        .addColumn('last_country', 'text')
        .addColumn('last_event_at', 'text')
        .addColumn('first_scan_at', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('delivery_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('carrier_estimate', 'text')
        .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('corrected', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('stalled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('estimate', 'text')
        .addColumn('estimate_history', 'text')
        .addColumn('estimated_at', 'text')
        .addColumn('delay_reasons', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // One tenant tracks a number once: registering it again returns the existing shipment.
      await db.schema
        .createIndex('shipments_tenant_number')
        .on('shipments')
        .columns(['tenant_id', 'tracking_number'])
        .unique()
        .execute();
      // Listing pages by id (ULIDs sort by creation), optionally filtered by status.
      await db.schema
        .createIndex('shipments_tenant_id')
        .on('shipments')
        .columns(['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('shipments_tenant_status')
        .on('shipments')
        .columns(['tenant_id', 'status', 'id'])
        .execute();
      await db.schema
        .createIndex('shipments_tenant_order')
        .on('shipments')
        .columns(['tenant_id', 'order_ref'])
        .execute();

      // The stall sweep pages through silent shipments per status; partial indexes keep only
      // the ones not yet stalled, which is all it ever reads.
      await db.schema
        .createIndex('shipments_stall_silent')
        .on('shipments')
        .columns(['status', 'last_event_at', 'id'])
        .where(sql.ref('stalled'), '=', 0)
        .execute();
      await db.schema
        .createIndex('shipments_stall_registered')
        .on('shipments')
        .columns(['status', 'created_at', 'id'])
        .where(sql.ref('stalled'), '=', 0)
        .execute();

      // Quiet shipments are re-estimated daily: found by when they were last estimated.
      await db.schema
        .createIndex('shipments_estimated_at')
        .on('shipments')
        .columns(['estimated_at'])
        .execute();

      await db.schema
        .createTable('tracking_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull().references('shipments.id'))
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('zone', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('substatus', 'text', (c) => c.notNull())
        .addColumn('raw_code', 'text', (c) => c.notNull())
        .addColumn('raw_description', 'text', (c) => c.notNull())
        .addColumn('city', 'text')
        .addColumn('region', 'text')
        .addColumn('postal_code', 'text')
        .addColumn('country', 'text')
        .addColumn('source_adapter', 'text', (c) => c.notNull())
        .addColumn('source_mode', 'text', (c) => c.notNull())
        .addColumn('source_request_id', 'text')
        .addColumn('corrects', 'text')
        .addColumn('carrier_estimate', 'text')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      // The dedupe guarantee lives in the database: the same scan twice is one row.
      await db.schema
        .createIndex('tracking_events_dedupe')
        .on('tracking_events')
        .columns(['shipment_id', 'dedupe_key'])
        .unique()
        .execute();

      await db.schema
        .createTable('outbox')
        .addColumn('seq', caps.dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          caps.dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        // Generated here (ULID); subscribers use it as their idempotency key.
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('outbox_shipment').on('outbox').columns(['shipment_id', 'seq']).execute();

      await db.schema
        .createTable('outbox_cursors')
        .addColumn('subscriber', 'text', (c) => c.primaryKey())
        .addColumn('last_seq', 'bigint', (c) => c.notNull())
        // A lease instead of a held transaction: the handler may use the database itself.
        .addColumn('lease_owner', 'text')
        .addColumn('leased_until', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
