import type { Executor } from '../store/executor.js';
import { newId } from '../store/ids.js';

/** Who acted: a signed-in person, or the system (first set-up, a CLI command). */
export interface Actor {
  readonly userId: string | null;
  /** Email at the time, or "system". */
  readonly label: string;
  readonly ip: string | null;
}

export interface AuditEntry {
  readonly tenantId: string;
  readonly actor: Actor;
  readonly action: string;
  readonly targetType?: string | undefined;
  readonly targetId?: string | undefined;
  readonly detail?: Record<string, unknown> | undefined;
}

export interface AuditRecord {
  readonly id: string;
  readonly userId: string | null;
  readonly actor: string;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly detail: Record<string, unknown>;
  readonly ip: string | null;
  readonly at: string;
}

/** Appends to the audit log; call it inside the transaction of the action it records. */
export async function audit(db: Executor, entry: AuditEntry, now: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(now.getTime()),
      tenant_id: entry.tenantId,
      user_id: entry.actor.userId,
      actor: entry.actor.label,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      ip: entry.actor.ip,
      at: now.toISOString(),
    })
    .execute();
}

/** Newest first, in pages (the cursor is the last id of the previous page). */
export async function listAudit(
  db: Executor,
  tenantId: string,
  query: { targetId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<AuditRecord[]> {
  let select = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
  if (query.targetId !== undefined) select = select.where('target_id', '=', query.targetId);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    actor: row.actor,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    ip: row.ip,
    at: row.at,
  }));
}
