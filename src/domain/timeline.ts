import { canonicalJson } from './canonical-json.js';
import { instantOf } from './instant.js';
import { PROGRESSION_RANK } from './progression.js';
import { SUBSTATUS_CODES, statusOf } from './status.js';
import type { Substatus } from './status.js';
import type { TrackingEvent } from './tracking-event.js';

const SUBSTATUS_INDEX: ReadonlyMap<Substatus, number> = new Map(
  SUBSTATUS_CODES.map((code, index) => [code, index]),
);

interface SortKey {
  readonly event: TrackingEvent;
  readonly instant: number;
  readonly rank: number;
  readonly substatusIndex: number;
  readonly canonical: string;
}

/**
 * The canonical order of scans: by instant, then by progression of the status, then by substatus,
 * dedupe key and finally full content, so the order is total and never depends on arrival.
 * Duplicates and voided scans are kept; use `effectiveTimeline` for what derivation sees.
 */
export function orderTimeline(events: readonly TrackingEvent[]): TrackingEvent[] {
  return events
    .map(sortKeyOf)
    .sort(compareSortKeys)
    .map((key) => key.event);
}

/**
 * The scans that count, in canonical order: one per dedupe key, minus every scan that a
 * correction voids. Voided scans stay in stored history for audit; they just stop counting.
 * A corrected correction stays voided too, so the newest correction in a chain is the one that stands.
 */
export function effectiveTimeline(events: readonly TrackingEvent[]): TrackingEvent[] {
  const byKey = new Map<string, SortKey>();
  for (const event of events) {
    const candidate = sortKeyOf(event);
    const held = byKey.get(event.dedupeKey);
    if (held === undefined || supersedes(candidate, held)) byKey.set(event.dedupeKey, candidate);
  }
  const kept = [...byKey.values()];
  const voided = new Set<string>();
  for (const { event } of kept) {
    // A scan that names its own key is a corrected copy of itself, and it won the dedupe above.
    if (event.corrects !== undefined && event.corrects !== event.dedupeKey) voided.add(event.corrects);
  }
  return kept
    .filter(({ event }) => !voided.has(event.dedupeKey))
    .sort(compareSortKeys)
    .map((key) => key.event);
}

/**
 * Between two copies of one scan: a copy that says it corrects this very scan wins; otherwise the
 * smaller canonical text wins. Both rules are about content, so the choice ignores arrival order.
 */
function supersedes(candidate: SortKey, held: SortKey): boolean {
  const candidateCorrects = candidate.event.corrects === candidate.event.dedupeKey;
  const heldCorrects = held.event.corrects === held.event.dedupeKey;
  if (candidateCorrects !== heldCorrects) return candidateCorrects;
  return candidate.canonical < held.canonical;
}

function sortKeyOf(event: TrackingEvent): SortKey {
  let canonical: string | undefined;
  return {
    event,
    instant: instantOf(event.occurredAt),
    rank: PROGRESSION_RANK[statusOf(event.substatus)],
    substatusIndex: SUBSTATUS_INDEX.get(event.substatus) ?? -1,
    // Only needed to break ties between copies of one scan; computed on first use.
    get canonical() {
      canonical ??= canonicalJson(event);
      return canonical;
    },
  };
}

function compareSortKeys(a: SortKey, b: SortKey): number {
  return (
    a.instant - b.instant ||
    a.rank - b.rank ||
    a.substatusIndex - b.substatusIndex ||
    compareText(a.event.dedupeKey, b.event.dedupeKey) ||
    compareText(a.canonical, b.canonical)
  );
}

/** Code-unit order; `localeCompare` would make the order depend on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
