import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The notify tables (src/store/tables/notify.ts). Landed migrations are never edited; add a new file instead.
export function notifyTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('notification_recipients')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text')
        .addColumn('consent_text', 'text', (c) => c.notNull())
        .addColumn('consented_at', 'text', (c) => c.notNull())
        .addColumn('unsubscribe_token', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Adding the same address twice returns the first row: the guarantee lives here.
      await db.schema
        .createIndex('notification_recipients_unique')
        .on('notification_recipients')
        .columns(['tenant_id', 'shipment_id', 'channel', 'address'])
        .unique()
        .execute();
      await db.schema
        .createIndex('notification_recipients_shipment')
        .on('notification_recipients')
        .columns(['shipment_id'])
        .execute();

      await db.schema
        .createTable('sms_opt_outs')
        .addColumn('phone', 'text', (c) => c.primaryKey())
        .addColumn('opted_out_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('notification_firings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        // One firing per outbox message: the dispatcher is at-least-once, this makes it idempotent.
        .addColumn('outbox_id', 'text', (c) => c.notNull().unique())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('local_day', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('notification_firings_day')
        .on('notification_firings')
        .columns(['shipment_id', 'local_day'])
        .execute();

      await db.schema
        .createTable('notification_topic_days')
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('local_day', 'text', (c) => c.notNull())
        .addColumn('firing_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('notification_topic_days_pk', ['shipment_id', 'topic', 'local_day'])
        .execute();

      await db.schema
        .createTable('notification_messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        .addColumn('recipient_id', 'text', (c) => c.notNull())
        .addColumn('firing_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', 'text')
        .addColumn('provider_id', 'text')
        .addColumn('provider_status', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      // The sender's claim: due rows by time, and rows whose claim ran out (a crashed sender).
      await db.schema
        .createIndex('notification_messages_due')
        .on('notification_messages')
        .columns(['status', 'due_at'])
        .execute();
      // The dispatcher's digest lookup: this shipment's messages still waiting to go out.
      await db.schema
        .createIndex('notification_messages_shipment')
        .on('notification_messages')
        .columns(['shipment_id', 'status'])
        .execute();
      await db.schema
        .createIndex('notification_messages_recipient')
        .on('notification_messages')
        .columns(['recipient_id', 'status'])
        .execute();
      await db.schema
        .createIndex('notification_messages_provider')
        .on('notification_messages')
        .columns(['provider_id'])
        .execute();

      await db.schema
        .createTable('notification_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        .addColumn('recipient_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('provider_id', 'text')
        .addColumn('error', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('notification_attempts_shipment')
        .on('notification_attempts')
        .columns(['shipment_id', 'id'])
        .execute();
    },
  };
}
