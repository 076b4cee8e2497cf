import type { Selectable } from 'kysely';
import type { Executor } from '../executor.js';
import { newId } from '../ids.js';
import type { IntakeMailTable } from '../tables/orders.js';

export const INTAKE_OUTCOMES = [
  'registered',
  'duplicate',
  'no_number',
  'low_confidence',
  'too_large',
  'unknown_address',
  'unreadable',
] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

/** One number the intake found in a mail, and what became of it. */
export interface IntakeFound {
  readonly trackingNumber: string;
  readonly carrier: string;
  readonly confidence: number;
  readonly source: 'link' | 'text';
  /** Set when the number was registered (or was already tracked) as a shipment of the order. */
  readonly shipmentId?: string;
  /** Why it was not registered, when it was not. */
  readonly problem?: string;
}

export interface IntakeMail {
  readonly id: string;
  readonly tenantId: string | null;
  readonly messageKey: string;
  readonly receivedAt: string;
  readonly from: string;
  readonly subject: string;
  readonly outcome: IntakeOutcome;
  readonly found: readonly IntakeFound[];
  readonly detail: string;
  readonly orderId: string | null;
  /** The order's number, when the mail registered one (read with the listing). */
  readonly orderNumber: string | null;
}

export interface NewIntakeMail {
  readonly tenantId: string | null;
  readonly messageKey: string;
  readonly from: string;
  readonly subject: string;
  readonly outcome: IntakeOutcome;
  readonly found: readonly IntakeFound[];
  readonly detail: string;
  readonly orderId: string | null;
  readonly orderNumber?: string | null;
}

export async function recordIntakeMail(db: Executor, mail: NewIntakeMail, now: Date): Promise<IntakeMail> {
  const row = {
    id: newId(now.getTime()),
    tenant_id: mail.tenantId,
    message_key: text(mail.messageKey, 300),
    received_at: now.toISOString(),
    mail_from: text(mail.from, 300),
    subject: text(mail.subject, 300),
    outcome: mail.outcome,
    found: JSON.stringify(mail.found),
    detail: text(mail.detail, 1000),
    order_id: mail.orderId,
  };
  await db.insertInto('intake_mails').values(row).execute();
  return { ...fromRow(row), orderNumber: mail.orderNumber ?? null };
}

/** The earlier copy of this mail that registered an order, if any. */
export async function findRegisteredMail(
  db: Executor,
  tenantId: string,
  messageKey: string,
): Promise<IntakeMail | undefined> {
  const row = await db
    .selectFrom('intake_mails')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('message_key', '=', text(messageKey, 300))
    .where('outcome', '=', 'registered')
    .orderBy('id')
    .executeTakeFirst();
  return row && { ...fromRow(row), orderNumber: null };
}

/** Newest first, `limit` at a time after the cursor (an intake mail's id). */
export async function listIntakeMails(
  db: Executor,
  tenantId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<IntakeMail[]> {
  let select = db
    .selectFrom('intake_mails')
    .leftJoin('orders', 'orders.id', 'intake_mails.order_id')
    .selectAll('intake_mails')
    .select('orders.order_number')
    .where('intake_mails.tenant_id', '=', tenantId);
  if (query.cursor) select = select.where('intake_mails.id', '<', query.cursor);
  const rows = await select.orderBy('intake_mails.id', 'desc').limit(query.limit).execute();
  return rows.map((row) => ({ ...fromRow(row), orderNumber: row.order_number ?? null }));
}

/** What came in a mail, storable in both databases: PostgreSQL refuses NUL in text. */
function text(value: string, max: number): string {
  return value.replaceAll('\u0000', '').slice(0, max);
}

function fromRow(row: Selectable<IntakeMailTable>): Omit<IntakeMail, 'orderNumber'> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    messageKey: row.message_key,
    receivedAt: row.received_at,
    from: row.mail_from,
    subject: row.subject,
    outcome: (INTAKE_OUTCOMES as readonly string[]).includes(row.outcome)
      ? (row.outcome as IntakeOutcome)
      : 'unreadable',
    found: parseFound(row.found),
    detail: row.detail,
    orderId: row.order_id,
  };
}

function parseFound(text: string): IntakeFound[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as IntakeFound[]) : [];
  } catch {
    return [];
  }
}
