import { weekdayCalendar, type BusinessCalendar } from '../domain/business-days.js';
import { stalledEventFor } from '../domain/domain-events.js';
import { deriveFacts, stallLimitFor, type StallPolicy } from '../domain/stall.js';
import { STATUSES, SUBSTATUS_CODES, statusOf, type Status, type Substatus } from '../domain/status.js';
import type { Executor } from '../store/executor.js';
import type { Store } from '../store/open-store.js';
import { appendToOutbox, type NewOutboxMessage } from '../store/repositories/outbox.js';
import type { ShipmentTable } from '../store/schema.js';
import { storedState } from './shipment-state.js';
import { NEXT_VERSION } from '../store/repositories/shipments.js';

export interface SweepOptions {
  readonly now: Date;
  /** Business days of silence allowed per status; DEFAULT_STALL_POLICY fills the gaps. */
  readonly policy?: StallPolicy;
  /** The working days that count for a shipment; weekdays in UTC unless given. */
  readonly calendarFor?: (shipment: ShipmentTable) => BusinessCalendar;
  /** Shipments examined per transaction. */
  readonly batchSize?: number;
  /** Called after each commit that wrote `stalled` messages, to wake the outbox relay. */
  readonly onCommitted?: () => void;
  /**
   * The moment silence is measured to for one shipment, when it is not `now`: the built-in
   * simulator replays days of its past in minutes, and against the real clock every parcel of
   * that replay would look silent for days.
   */
  readonly nowFor?: (shipment: ShipmentTable) => Date | undefined;
}

export interface SweepResult {
  /** Candidates read: not stalled yet, in a status that can stall, and silent long enough to maybe be. */
  readonly examined: number;
  /** Shipments that turned stalled in this sweep; each got one `stalled` message. */
  readonly stalledIds: readonly string[];
}

const UTC_WEEKDAYS = weekdayCalendar('UTC');

// There is no country → zone table yet, and a country can span several zones (US, CA, AU, BR, RU),
// so business days are counted on UTC dates for now: a scan made within a few hours of midnight
// may count a day early or late far from UTC. calendarFor is where a destination's zone (and its
// public holidays) plug in.
const utcWeekdays = (): BusinessCalendar => UTC_WEEKDAYS;

// A local day is never shorter than 23 h (a DST change); 22 h leaves room for odd zones. Silence
// of N business days needs N local dates after the last scan's, so more than N - 1 local days.
const SHORTEST_LOCAL_DAY_MS = 22 * 3_600_000;

/**
 * Marks shipments that have gone silent past their status's limit as stalled, each with its
 * `stalled` domain event in the same transaction, exactly once: the flag stays set until the
 * pipeline stores a new scan, and only unflagged shipments are candidates. Sweeps every tenant;
 * each row and message keeps its own tenant.
 */
export async function sweepStalled(store: Store, options: SweepOptions): Promise<SweepResult> {
  const policy = options.policy ?? {};
  const calendarFor = options.calendarFor ?? utcWeekdays;
  // The ids of a page go into one IN list; 10 000 stays below every dialect's parameter limit.
  const batchSize = Math.min(10_000, Math.max(1, options.batchSize ?? 500));
  const now = options.now.toISOString();
  let examined = 0;
  const stalledIds: string[] = [];

  const rules = stallRules(policy, options.now);
  const tenants = await store.db.selectFrom('tenants').select('id').orderBy('id').execute();
  for (const { id: tenantId } of tenants) {
    for (const rule of rules) {
      let after: string | undefined;
      // Each page starts past the last one's id, so the loop ends with a short page.
      for (;;) {
        const page = await store.db.transaction().execute(async (trx) => {
          const rows = await candidates(trx, store, tenantId, rule, after, batchSize);
          const messages = new Map<string, NewOutboxMessage>();
          for (const row of rows) {
            const state = storedState(row);
            const at = options.nowFor?.(row)?.toISOString() ?? now;
            const facts = deriveFacts(state, at, policy, calendarFor(row), row.created_at);
            // The stored flag is the previous fact: stalledEventFor emits only on false → true.
            const before = { ...facts, stalled: row.stalled === 1 };
            for (const event of stalledEventFor(before, facts, state, { shipmentId: row.id })) {
              messages.set(row.id, {
                tenantId: row.tenant_id,
                shipmentId: row.id,
                type: event.type,
                payload: event.payload,
              });
            }
          }
          const set = new Set(await markStalled(trx, [...messages.keys()], now));
          // In page order, so the outbox order does not depend on what UPDATE … RETURNING gives first.
          const marked = [...messages.keys()].filter((id) => set.has(id));
          await appendToOutbox(
            trx,
            store.caps,
            marked.flatMap((id) => messages.get(id) ?? []),
            options.now,
          );
          const last = rows.at(-1);
          return { examined: rows.length, marked, end: last?.id };
        });
        examined += page.examined;
        stalledIds.push(...page.marked);
        if (page.marked.length > 0) options.onCommitted?.();
        if (page.examined < batchSize || page.end === undefined) break;
        after = page.end;
      }
    }
  }
  return { examined, stalledIds };
}

/** A status that can stall, the silence it allows, and the instant before which silence may be enough. */
interface StallRule {
  readonly status: Status;
  /** Pending counts from registration, as deriveFacts does; the rest from the newest scan. */
  readonly since: 'created_at' | 'last_event_at';
  /** Set when only some of the status's substatuses can stall (a return delivered to the sender cannot). */
  readonly substatuses: readonly Substatus[] | undefined;
  /** Candidates fell silent before this instant; undefined when any silence is enough. */
  readonly silentBefore: string | undefined;
}

function stallRules(policy: StallPolicy, now: Date): StallRule[] {
  const rules: StallRule[] = [];
  for (const status of STATUSES) {
    const all = SUBSTATUS_CODES.filter((substatus) => statusOf(substatus) === status);
    const limits = new Map<Substatus, number>();
    for (const substatus of all) {
      const limit = stallLimitFor({ status, substatus }, policy);
      if (limit !== null) limits.set(substatus, limit);
    }
    if (limits.size === 0) continue;
    rules.push({
      status,
      // Every other status has a newest scan: derivation leaves a shipment pending until its first.
      since: status === 'pending' ? 'created_at' : 'last_event_at',
      substatuses: limits.size === all.length ? undefined : [...limits.keys()],
      silentBefore: silentBefore(Math.min(...limits.values()), now),
    });
  }
  return rules;
}

/** Only silence that began before this instant can have lasted `limit` business days by now. */
function silentBefore(limit: number, now: Date): string | undefined {
  // A limit of zero (or less) stalls on any silence at all, even a scan made this very moment.
  if (limit <= 0) return undefined;
  return new Date(now.getTime() - (limit - 1) * SHORTEST_LOCAL_DAY_MS).toISOString();
}

/**
 * One page of one tenant's candidates in one status, in id order: a range of the (tenant, status,
 * id) index that lists serve, with silence and the flag checked on the rows. The sweep deliberately
 * has no index of its own: an index keyed by the newest scan's time moves on every stored scan,
 * which made it the dearest part of ingest, while reading the active shipments every few minutes
 * costs little. Locked where the database can lock rows; SKIP LOCKED leaves a shipment that a batch
 * is updating right now to the next sweep instead of waiting.
 */
async function candidates(
  trx: Executor,
  store: Store,
  tenantId: string,
  rule: StallRule,
  after: string | undefined,
  limit: number,
): Promise<ShipmentTable[]> {
  let select = trx
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('status', '=', rule.status)
    .where('stalled', '=', 0);
  if (rule.substatuses) select = select.where('substatus', 'in', rule.substatuses);
  if (rule.silentBefore !== undefined) select = select.where(rule.since, '<', rule.silentBefore);
  if (after !== undefined) select = select.where('id', '>', after);
  select = select.orderBy('id').limit(limit);
  if (store.caps.rowLocks) select = select.forUpdate();
  if (store.caps.skipLocked) select = select.skipLocked();
  return select.execute();
}

/** Sets the flag where it is still clear; returns the ids it set, so each gets one message. */
async function markStalled(trx: Executor, ids: readonly string[], now: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .updateTable('shipments')
    .set({ stalled: 1, updated_at: now, version: NEXT_VERSION })
    .where('id', 'in', ids)
    .where('stalled', '=', 0)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export interface StallSweeperOptions extends Omit<SweepOptions, 'now'> {
  /** Time between sweeps; the default is five minutes. */
  readonly intervalMs?: number;
  readonly clock?: () => Date;
  /** A failed sweep is reported here and tried again on the next tick. */
  readonly onError?: (error: unknown) => void;
}

/** Runs sweepStalled every few minutes on an unref'd timer; sweeps never overlap. */
export class StallSweeper {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<SweepResult> | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: StallSweeperOptions = {},
  ) {}

  /** Sweeps now, then every interval. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.options.intervalMs ?? 5 * 60_000);
    this.timer.unref();
    this.tick();
  }

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.current?.catch(() => undefined);
  }

  /** One sweep at the clock's now, after any sweep in progress. */
  sweepOnce(): Promise<SweepResult> {
    const previous = this.current?.catch(() => undefined) ?? Promise.resolve(undefined);
    const next = previous.then(() => {
      const { intervalMs: _interval, clock, onError: _onError, ...sweep } = this.options;
      return sweepStalled(this.store, { ...sweep, now: (clock ?? (() => new Date()))() });
    });
    this.current = next;
    const settle = () => {
      if (this.current === next) this.current = undefined;
    };
    next.then(settle, settle);
    return next;
  }

  private tick(): void {
    // A sweep that outlasts the interval is not joined by another.
    if (this.current) return;
    this.sweepOnce().catch((error: unknown) => this.options.onError?.(error));
  }
}
