import { sql, type Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The merchant console (src/store/tables/console.ts): users, sessions, one-time links, the audit
// log, notes, the attention queue's triage marks, raw carrier payloads and analytics rollups.
// Landed migrations are never edited; add a new file instead.

export const STALLED =
  "archived_at is null and stalled = 1 and status in ('pending', 'info_received', 'in_transit', 'out_for_delivery', 'available_for_pickup', 'attempt_failed', 'exception')";
export const OPEN_PROMISED =
  "archived_at is null and promised_date is not null and status in ('pending', 'info_received', 'in_transit', 'out_for_delivery', 'available_for_pickup', 'attempt_failed', 'exception')";

export function consoleTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('locale', 'text')
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_failed_at', 'text')
        .addColumn('locked_until', 'text')
        .addColumn('disabled_at', 'text')
        .addColumn('last_login_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_tenant').on('users').columns(['tenant_id', 'id']).execute();

      await db.schema
        .createTable('console_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('console_sessions_user')
        .on('console_sessions')
        .columns(['user_id'])
        .execute();

      await db.schema
        .createTable('console_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // Null until the link is minted (invitations are minted when their email goes out).
        .addColumn('token_hash', 'text', (c) => c.unique())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('email', 'text')
        .addColumn('role', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createIndex('console_tokens_tenant')
        .on('console_tokens')
        .columns(['tenant_id', 'purpose', 'id'])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('ip', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_tenant').on('audit_log').columns(['tenant_id', 'id']).execute();
      await db.schema
        .createIndex('audit_log_target')
        .on('audit_log')
        .columns(['tenant_id', 'target_id', 'id'])
        .execute();

      await db.schema
        .createTable('shipment_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull().references('shipments.id'))
        .addColumn('user_id', 'text')
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('shipment_notes_shipment')
        .on('shipment_notes')
        .columns(['tenant_id', 'shipment_id', 'id'])
        .execute();

      // A person's triage of one reason a shipment needs attention. The queue itself is read off
      // the shipments; this only says who has it, and whether it was handled.
      await db.schema
        .createTable('attention_marks')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'text')
        .addColumn('reason', 'text')
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('handled_at', 'text')
        .addPrimaryKeyConstraint('attention_marks_pk', ['shipment_id', 'kind'])
        .execute();
      await db.schema
        .createIndex('attention_marks_tenant')
        .on('attention_marks')
        .columns(['tenant_id', 'state'])
        .execute();

      // What a carrier sent, per request (webhook delivery, poll answer, file): each scan names
      // its request, so the console can show the payload a scan came from.
      await db.schema
        .createTable('raw_payloads')
        .addColumn('request_id', 'text', (c) => c.primaryKey())
        .addColumn('adapter', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('truncated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('raw_payloads_received')
        .on('raw_payloads')
        .columns(['received_at'])
        .execute();

      // Analytics: per tenant, day (and again per week) and dimension, one row of counters
      // (JSON: "metric:bucket" → [count, sum]), kept by an outbox subscriber, so a 90-day report
      // reads whole weeks and a few edge days per carrier·service·lane, not every shipment.
      await db.schema
        .createTable('console_rollups')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('span', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('carrier', 'text', (c) => c.notNull())
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('destination', 'text', (c) => c.notNull())
        .addColumn('lane', 'text', (c) => c.notNull())
        .addColumn('counts', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('console_rollups_pk', [
          'tenant_id',
          'span',
          'day',
          'carrier',
          'service',
          'destination',
          'lane',
        ])
        .execute();
      // Each shipment counts once per fact (created, tracked, an exception reason, delivered),
      // however often the relay hands the same message over; `value` keeps what a later fact needs
      // (the first estimate, for accuracy).
      await db.schema
        .createTable('console_rollup_marks')
        .addColumn('shipment_id', 'text', (c) => c.notNull())
        .addColumn('mark', 'text', (c) => c.notNull())
        .addColumn('value', 'text')
        .addPrimaryKeyConstraint('console_rollup_marks_pk', ['shipment_id', 'mark'])
        .execute();

      // Secrets of the installation, made on first use and kept (the console's CSRF key).
      await db.schema
        .createTable('installation_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema.alterTable('api_keys').addColumn('last_used_at', 'text').execute();
      await db.schema.alterTable('shipments').addColumn('archived_at', 'text').execute();
      await db.schema
        .alterTable('shipments')
        .addColumn('notifications_paused', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // The attention queue: stalled shipments, and promised ones still under way (late ones are
      // those whose promised date has passed). Partial, so they hold a few percent of the rows
      // and ingest touches them only when a shipment enters or leaves them. The WHERE texts are
      // the console's own (src/console/queries/predicates.ts; a test keeps them equal).
      await sql`create index shipments_stalled on shipments (tenant_id, id) where ${sql.raw(STALLED)}`.execute(
        db,
      );
      await sql`create index shipments_open_promised on shipments (tenant_id, promised_date) where ${sql.raw(OPEN_PROMISED)}`.execute(
        db,
      );
      // Search by a recipient's email or phone.
      await db.schema
        .createIndex('notification_recipients_address')
        .on('notification_recipients')
        .columns(['tenant_id', 'address'])
        .execute();
    },
  };
}
