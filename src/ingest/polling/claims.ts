import { sql, type ExpressionBuilder } from 'kysely';
import type { Store } from '../../store/open-store.js';
import type { Database } from '../../store/schema.js';
import type { CarrierPollTable } from '../../store/tables/carriers.js';

export type PollRow = CarrierPollTable;

/** What the poller writes back for one number after asking the carrier (or failing to). */
export interface PollOutcome {
  readonly trackingNumber: string;
  /** Null: polling finished. */
  readonly nextPollAt: string | null;
  /** Absent fields are left as they were (a failed request learns nothing about the parcel). */
  readonly unchangedPolls?: number;
  readonly status?: string;
  readonly lastEventAt?: string | null;
  readonly answerDigest?: string | null;
  readonly firstSeenByCarrierAt?: string | null;
  readonly deliveredAt?: string | null;
  readonly polled?: boolean;
  readonly finished?: boolean;
}

/**
 * Claims up to `limit` due numbers of one carrier for `worker` until `now + leaseMs`. A claim is
 * a lease: a worker that dies leaves rows that come back once their lease has passed.
 *
 * PostgreSQL: `FOR UPDATE SKIP LOCKED` inside the transaction, so concurrent workers take
 * disjoint rows without waiting on each other. SQLite has one writer at a time: a single
 * conditional UPDATE is already atomic.
 */
export async function claimDue(
  store: Store,
  input: { carrier: string; worker: string; now: Date; leaseMs: number; limit: number },
): Promise<PollRow[]> {
  if (input.limit <= 0) return [];
  const now = input.now.toISOString();
  const until = new Date(input.now.getTime() + input.leaseMs).toISOString();
  const free = (eb: ExpressionBuilder<Database, 'carrier_polls'>) =>
    eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]);

  if (store.caps.skipLocked) {
    return store.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('carrier_polls')
        .select('tracking_number')
        .where('carrier', '=', input.carrier)
        .where('next_poll_at', '<=', now)
        .where(free)
        .orderBy('next_poll_at')
        .limit(input.limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return [];
      return trx
        .updateTable('carrier_polls')
        .set({ claimed_by: input.worker, claimed_until: until })
        .where('carrier', '=', input.carrier)
        .where(
          'tracking_number',
          'in',
          due.map((row) => row.tracking_number),
        )
        .returningAll()
        .execute();
    });
  }
  return store.db
    .updateTable('carrier_polls')
    .set({ claimed_by: input.worker, claimed_until: until })
    .where('carrier', '=', input.carrier)
    .where('tracking_number', 'in', (qb) =>
      qb
        .selectFrom('carrier_polls')
        .select('tracking_number')
        .where('carrier', '=', input.carrier)
        .where('next_poll_at', '<=', now)
        .where(free)
        .orderBy('next_poll_at')
        .limit(input.limit),
    )
    .where(free)
    .returningAll()
    .execute();
}

/**
 * Writes each number's next poll time and what was learnt, and releases the claim. Only rows
 * this worker still holds are touched: if its lease ran out and another worker took over, the
 * newer claim wins.
 */
export async function completePolls(
  store: Store,
  input: { carrier: string; worker: string; now: Date; outcomes: readonly PollOutcome[] },
): Promise<void> {
  if (input.outcomes.length === 0) return;
  const now = input.now.toISOString();
  const sorted = [...input.outcomes].sort((a, b) => (a.trackingNumber < b.trackingNumber ? -1 : 1));
  await store.db.transaction().execute(async (trx) => {
    for (const outcome of sorted) {
      await trx
        .updateTable('carrier_polls')
        .set({
          next_poll_at: outcome.nextPollAt,
          claimed_by: null,
          claimed_until: null,
          updated_at: now,
          ...(outcome.unchangedPolls !== undefined && { unchanged_polls: outcome.unchangedPolls }),
          ...(outcome.status !== undefined && { status: outcome.status }),
          ...(outcome.lastEventAt !== undefined && { last_event_at: outcome.lastEventAt }),
          ...(outcome.answerDigest !== undefined && { answer_digest: outcome.answerDigest }),
          ...(outcome.firstSeenByCarrierAt !== undefined && {
            first_seen_by_carrier_at: outcome.firstSeenByCarrierAt,
          }),
          ...(outcome.deliveredAt !== undefined && { delivered_at: outcome.deliveredAt }),
          ...(outcome.polled && { last_polled_at: now }),
          ...(outcome.finished && { finished_at: now }),
        })
        .where('carrier', '=', input.carrier)
        .where('tracking_number', '=', outcome.trackingNumber)
        .where('claimed_by', '=', input.worker)
        .execute();
    }
  });
}

/**
 * Gives every shipment of a pollable carrier registered since `since` a poll row, due now.
 * A number whose polling had finished gets going again when a tenant registers it afresh.
 * Rows are made here, lazily, so registration paths need not know about polling.
 *
 * Neither statement locks rows that other workers may be claiming: the insert skips existing
 * rows (DO NOTHING takes no row lock, where DO UPDATE would lock every row it meets, and a
 * concurrent SKIP LOCKED claim would then find nothing), and the update touches finished rows only.
 */
export async function syncPollRows(
  store: Store,
  input: { carriers: readonly string[]; since: string; now: Date },
): Promise<number> {
  if (input.carriers.length === 0) return 0;
  const now = input.now.toISOString();
  const inserted = await store.db
    .insertInto('carrier_polls')
    .columns([
      'carrier',
      'tracking_number',
      'next_poll_at',
      'unchanged_polls',
      'status',
      'registered_at',
      'created_at',
      'updated_at',
    ])
    .expression((eb) =>
      eb
        .selectFrom('shipments')
        .select((s) => [
          'shipments.carrier',
          'shipments.tracking_number',
          sql<string>`${now}`.as('next_poll_at'),
          sql<number>`0`.as('unchanged_polls'),
          sql<string>`'pending'`.as('status'),
          s.fn.max('shipments.created_at').as('registered_at'),
          sql<string>`${now}`.as('created_at'),
          sql<string>`${now}`.as('updated_at'),
        ])
        .where('shipments.carrier', 'in', input.carriers)
        .where('shipments.created_at', '>=', input.since)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('carrier_polls as p')
                .select(sql`1`.as('one'))
                .whereRef('p.carrier', '=', 'shipments.carrier')
                .whereRef('p.tracking_number', '=', 'shipments.tracking_number'),
            ),
          ),
        )
        .groupBy(['shipments.carrier', 'shipments.tracking_number']),
    )
    .onConflict((oc) => oc.columns(['carrier', 'tracking_number']).doNothing())
    .executeTakeFirst();

  const revived = await store.db
    .updateTable('carrier_polls')
    .set((eb) => ({
      next_poll_at: now,
      finished_at: null,
      unchanged_polls: 0,
      registered_at: eb.fn.coalesce(
        eb
          .selectFrom('shipments as s')
          .select((s) => s.fn.max('s.created_at').as('latest'))
          .whereRef('s.carrier', '=', 'carrier_polls.carrier')
          .whereRef('s.tracking_number', '=', 'carrier_polls.tracking_number'),
        eb.ref('carrier_polls.registered_at'),
      ),
      updated_at: now,
    }))
    .where('carrier', 'in', input.carriers)
    .where('finished_at', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('shipments as s')
          .select(sql`1`.as('one'))
          .whereRef('s.carrier', '=', 'carrier_polls.carrier')
          .whereRef('s.tracking_number', '=', 'carrier_polls.tracking_number')
          .where('s.created_at', '>=', input.since)
          .whereRef('s.created_at', '>', 'carrier_polls.finished_at'),
      ),
    )
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) + Number(revived.numUpdatedRows);
}

/** Numbers the carrier is being asked about, and how many are due now (for health and tests). */
export async function pollRows(store: Store, carrier: string): Promise<PollRow[]> {
  return store.db
    .selectFrom('carrier_polls')
    .selectAll()
    .where('carrier', '=', carrier)
    .orderBy('tracking_number')
    .execute();
}
