import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// Orders, shop webhooks and integrations, and the mail intake (src/store/tables/orders.ts), and
// the order a shipment belongs to. New tables and a nullable column only: the previous release
// ignores them.
export function orderTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('order_number', 'text', (c) => c.notNull())
        .addColumn('customer_email', 'text')
        .addColumn('customer_phone', 'text')
        .addColumn('customer_name', 'text')
        .addColumn('customer_locale', 'text')
        .addColumn('ordered_at', 'text')
        .addColumn('promised_date', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_ref', 'text')
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('consent', 'text', (c) => c.notNull())
        .addColumn('page_token', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('orders_number_unique', ['tenant_id', 'order_number'])
        .execute();
      await db.schema
        .createIndex('orders_source_ref')
        .on('orders')
        .columns(['tenant_id', 'source', 'source_ref'])
        .execute();
      await db.schema.createIndex('orders_newest').on('orders').columns(['tenant_id', 'id']).execute();
      await db.schema.alterTable('shipments').addColumn('order_id', 'text').execute();
      await db.schema.createIndex('shipments_order').on('shipments').column('order_id').execute();

      await db.schema
        .createTable('shop_webhooks')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('webhook_id', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('shop_webhooks_pk', ['tenant_id', 'platform', 'webhook_id'])
        .execute();
      await db.schema
        .createIndex('shop_webhooks_newest')
        .on('shop_webhooks')
        .columns(['tenant_id', 'platform', 'received_at'])
        .execute();
      await db.schema
        .createTable('shop_integrations')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('backfill', 'text', (c) => c.notNull())
        .addColumn('last_webhook_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('shop_integrations_pk', ['tenant_id', 'platform'])
        .execute();
      await db.schema
        .createTable('shopify_event_posts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shop_domain', 'text', (c) => c.notNull())
        .addColumn('fulfillment_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('shopify_event_posts_pending')
        .on('shopify_event_posts')
        .columns(['state', 'seq'])
        .execute();
      await db.schema
        .createTable('intake_mails')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text')
        .addColumn('message_key', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('mail_from', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('found', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text')
        .execute();
      await db.schema
        .createIndex('intake_mails_message')
        .on('intake_mails')
        .columns(['tenant_id', 'message_key'])
        .execute();
    },
  };
}
