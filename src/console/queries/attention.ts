import type { Expression, SqlBool } from 'kysely';
import type { Executor } from '../../store/executor.js';
import type { Database } from '../../store/schema.js';
import { listedFromRow, type ListedShipment } from './shipment-list.js';
import { isStalled, openPromise, statusIn } from './predicates.js';
import { ACTORS, actorOfReason, type Actor } from './shipment-filter.js';
import type { ExpressionBuilder } from 'kysely';

// The "needs attention" queue: shipments a person should look at, read straight off the
// shipments (so it is never out of step with them), with each item's triage (who has it,
// whether it was handled) from attention_marks. A handled item stays away until the
// shipment next changes (a scan that moves it, a corrected carrier).

export const KINDS = ['exception', 'stalled', 'late', 'attempt_failed', 'returned', 'unrecognised'] as const;
export type AttentionKind = (typeof KINDS)[number];

export function isKind(value: unknown): value is AttentionKind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** Returns and numbers that never took are listed for this long after they last changed. */
const RECENT_DAYS = 30;

export interface AttentionItem {
  readonly kind: AttentionKind;
  readonly listed: ListedShipment;
  /** For exceptions: who must act. */
  readonly actor: Actor | null;
  readonly state: 'open' | 'acknowledged';
  readonly assigneeId: string | null;
  readonly reason: string | null;
}

export interface AttentionQuery {
  readonly today: string;
  readonly now: Date;
  /** 'me' (with meId), 'unassigned', or everyone's. */
  readonly assigned: 'all' | 'me' | 'unassigned';
  readonly meId?: string | undefined;
}

type Eb = ExpressionBuilder<
  Database & { s: Database['shipments']; m: Database['attention_marks'] },
  's' | 'm'
>;

function kindCondition(eb: Eb, kind: AttentionKind, query: AttentionQuery): Expression<SqlBool> {
  const recent = new Date(query.now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
  switch (kind) {
    case 'exception':
      return eb('s.status', '=', 'exception');
    case 'stalled':
      // The partial index shipments_stalled holds exactly these rows.
      return isStalled('s');
    case 'late':
      // The partial index shipments_open_promised, read up to today.
      return eb.and([openPromise('s'), eb('s.promised_date', '<', query.today)]);
    case 'attempt_failed':
      return eb('s.status', '=', 'attempt_failed');
    case 'returned':
      return eb.and([eb('s.status', '=', 'return_to_sender'), eb('s.updated_at', '>=', recent)]);
    case 'unrecognised':
      // Both halves read two ranges of the (tenant, status, id) index.
      return eb.and([
        statusIn(['pending', 'expired'], 's'),
        eb.or([
          eb('s.substatus', '=', 'pending.not_found'),
          eb.and([
            eb('s.status', '=', 'expired'),
            eb('s.first_scan_at', 'is', null),
            eb('s.updated_at', '>=', recent),
          ]),
        ]),
      ]);
  }
}

function baseQuery(db: Executor, tenantId: string, kind: AttentionKind, query: AttentionQuery) {
  let select = db
    .selectFrom('shipments as s')
    .leftJoin('attention_marks as m', (join) =>
      join.onRef('m.shipment_id', '=', 's.id').on('m.kind', '=', kind),
    )
    .where('s.tenant_id', '=', tenantId)
    .where('s.archived_at', 'is', null)
    .where((eb) => kindCondition(eb as unknown as Eb, kind, query))
    // Handled, and the shipment has not changed since: not in the queue.
    .where((eb) =>
      eb.or([
        eb('m.state', 'is', null),
        eb('m.state', '!=', 'handled'),
        eb('m.handled_at', '<', eb.ref('s.updated_at')),
      ]),
    );
  if (query.assigned === 'me' && query.meId)
    select = select.where('m.assignee_id', '=', query.meId).where('m.state', '!=', 'handled');
  if (query.assigned === 'unassigned')
    select = select.where((eb) => eb.or([eb('m.assignee_id', 'is', null), eb('m.state', '=', 'handled')]));
  return select;
}

/** How many items each kind holds (exceptions also by who must act). */
export async function attentionCounts(
  db: Executor,
  tenantId: string,
  query: AttentionQuery,
): Promise<{ byKind: Record<AttentionKind, number>; byActor: Record<Actor, number>; total: number }> {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<AttentionKind, number>;
  const byActor = Object.fromEntries(ACTORS.map((a) => [a, 0])) as Record<Actor, number>;
  const add = (kind: AttentionKind, reason: string | null, n: number) => {
    byKind[kind] += n;
    if (kind === 'exception') byActor[actorOfReason(reason as never) ?? 'carrier'] += n;
  };
  // Everyone's queue: the shipments of each kind, less the few handled since they last changed.
  // Counted apart, each reads only its own index (no join per shipment). A person's own queue,
  // or the unassigned one, needs every item's mark, so it joins them.
  const everyone = query.assigned === 'all';
  for (const kind of KINDS) {
    const source = everyone
      ? shipmentsOfKind(db, tenantId, kind, query)
      : baseQuery(db, tenantId, kind, query);
    for (const { reason, n } of await countOf(db, source, kind)) add(kind, reason, n);
    if (everyone)
      for (const { reason, n } of await countOf(db, handledQuery(db, tenantId, kind, query), kind))
        add(kind, reason, -n);
  }
  const total = KINDS.reduce((sum, kind) => sum + byKind[kind], 0);
  return { byKind, byActor, total };
}

type CountSource = ReturnType<typeof shipmentsOfKind>;

/**
 * Exceptions are counted by who must act. The others are counted over the key of the kind's
 * own index, in its order (promised date for late ones, else id), so the planner takes that small
 * index and can answer from it alone.
 */
async function countOf(
  db: Executor,
  from: CountSource | ReturnType<typeof baseQuery> | ReturnType<typeof handledQuery>,
  kind: AttentionKind,
): Promise<{ reason: string | null; n: number }[]> {
  const source = from as CountSource;
  if (kind === 'exception') {
    const rows = await source
      .select(['s.exception_reason as reason', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('s.exception_reason')
      .execute();
    return rows.map((row) => ({ reason: row.reason, n: Number(row.n) }));
  }
  const keyed = source.select(kind === 'late' ? 's.promised_date as key' : 's.id as key');
  const row = await db
    .selectFrom(keyed.orderBy('key').as('k'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return [{ reason: null, n: Number(row?.n ?? 0) }];
}

/** The tenant's shipments of a kind, not archived, whatever their marks. */
function shipmentsOfKind(db: Executor, tenantId: string, kind: AttentionKind, query: AttentionQuery) {
  return db
    .selectFrom('shipments as s')
    .where('s.tenant_id', '=', tenantId)
    .where('s.archived_at', 'is', null)
    .where((eb) => kindCondition(eb as unknown as Eb, kind, query));
}

/** Those of them handled and unchanged since: read from the marks, which are few. */
function handledQuery(db: Executor, tenantId: string, kind: AttentionKind, query: AttentionQuery) {
  return db
    .selectFrom('attention_marks as m')
    .innerJoin('shipments as s', 's.id', 'm.shipment_id')
    .where('m.tenant_id', '=', tenantId)
    .where('m.state', '=', 'handled')
    .where('m.kind', '=', kind)
    .where((eb) => eb('m.handled_at', '>=', eb.ref('s.updated_at')))
    .where('s.tenant_id', '=', tenantId)
    .where('s.archived_at', 'is', null)
    .where((eb) => kindCondition(eb as unknown as Eb, kind, query));
}

/** The statement behind attentionItems (tests ask the database how it runs it). */
export function attentionItemsQuery(
  db: Executor,
  tenantId: string,
  kind: AttentionKind,
  query: AttentionQuery,
  page: { limit: number; offset: number },
) {
  return (
    baseQuery(db, tenantId, kind, query)
      .selectAll('s')
      .select(['m.state as mark_state', 'm.assignee_id as mark_assignee', 'm.reason as mark_reason'])
      // In the order of an index the kind is read through, so a page stops after its rows and
      // sorts nothing: the most overdue promise first; otherwise the longest-registered first.
      .$if(kind === 'late', (q) => q.orderBy('s.promised_date', 'asc'))
      .orderBy('s.id', 'asc')
      .limit(page.limit)
      .offset(page.offset)
  );
}

/** The items of one kind: for late ones the most overdue first, else the oldest shipment first. */
export async function attentionItems(
  db: Executor,
  tenantId: string,
  kind: AttentionKind,
  query: AttentionQuery,
  page: { limit: number; offset: number },
): Promise<AttentionItem[]> {
  const rows = await attentionItemsQuery(db, tenantId, kind, query, page).execute();
  return rows.map((row) => {
    const { mark_state, mark_assignee, mark_reason, ...shipment } = row;
    const listed = listedFromRow(shipment);
    const handled = mark_state === 'handled';
    return {
      kind,
      listed,
      actor: kind === 'exception' ? (actorOfReason(listed.shipment.exceptionReason) ?? 'carrier') : null,
      state: mark_state === 'acknowledged' ? 'acknowledged' : 'open',
      assigneeId: handled ? null : mark_assignee,
      reason: handled ? null : mark_reason,
    };
  });
}

/** The kinds a shipment is in the queue for right now (for its detail page). */
export async function kindsOf(
  db: Executor,
  tenantId: string,
  shipmentId: string,
  query: AttentionQuery,
): Promise<AttentionKind[]> {
  const kinds: AttentionKind[] = [];
  for (const kind of KINDS) {
    const row = await baseQuery(db, tenantId, kind, { ...query, assigned: 'all' })
      .select('s.id')
      .where('s.id', '=', shipmentId)
      .executeTakeFirst();
    if (row) kinds.push(kind);
  }
  return kinds;
}

export interface Mark {
  readonly state: 'open' | 'acknowledged' | 'handled';
  readonly assigneeId: string | null;
  readonly reason: string | null;
}

export async function saveMark(
  db: Executor,
  input: { tenantId: string; shipmentId: string; kind: AttentionKind; mark: Mark; by: string },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const values = {
    state: input.mark.state,
    assignee_id: input.mark.assigneeId,
    reason: input.mark.reason,
    updated_by: input.by,
    updated_at: at,
    handled_at: input.mark.state === 'handled' ? at : null,
  };
  await db
    .insertInto('attention_marks')
    .values({ tenant_id: input.tenantId, shipment_id: input.shipmentId, kind: input.kind, ...values })
    .onConflict((oc) => oc.columns(['shipment_id', 'kind']).doUpdateSet(values))
    .execute();
}

export async function findMark(
  db: Executor,
  tenantId: string,
  shipmentId: string,
  kind: AttentionKind,
): Promise<Mark | undefined> {
  const row = await db
    .selectFrom('attention_marks')
    .select(['state', 'assignee_id', 'reason'])
    .where('tenant_id', '=', tenantId)
    .where('shipment_id', '=', shipmentId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row && { state: row.state as Mark['state'], assigneeId: row.assignee_id, reason: row.reason };
}
