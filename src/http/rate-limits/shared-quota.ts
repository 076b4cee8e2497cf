import { WINDOW_SECONDS, type QuotaAnswer } from './policy.js';

/** Adds `amount` to the shared count of `key` in the window ending at `resetAtMs`; the count after. */
export type Reserve = (key: string, amount: number, resetAtMs: number) => Promise<number>;

const WINDOW_MS = WINDOW_SECONDS * 1000;

/**
 * How much of a window's budget one node takes from the shared count at a time: a fiftieth, so a
 * key at its full rate costs one database write per 50 requests rather than one each. What a
 * node took and did not use is lost when the window ends; other nodes may be refused up to that
 * much early (2% per node), and never is the limit exceeded.
 */
export function shareOf(limit: number): number {
  return Math.max(1, Math.floor(limit / 50));
}

interface Slot {
  resetAtMs: number;
  /** Taken from the shared count by this node and not used yet. */
  tokens: number;
  /** The shared count after this node's last reservation. */
  sharedHits: number;
  /** The shared count had nothing left: refuse locally until the window ends. */
  spent: boolean;
  /** The reservation in flight, if any. */
  pending?: Promise<void> | undefined;
}

/**
 * Fixed windows aligned to the clock (every node names the same window without asking), counted
 * in the database through `reserve` in shares (shareOf), answered from memory in between.
 */
export class SharedQuota {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly reserve: Reserve) {}

  /** The answer when this node can give it from memory; undefined when it must reserve first. */
  takeNow(key: string, limit: number, nowMs: number): QuotaAnswer | undefined {
    const resetAtMs = (Math.floor(nowMs / WINDOW_MS) + 1) * WINDOW_MS;
    const slot = this.slotFor(key, resetAtMs);
    if (slot.tokens === 0 && !slot.spent) return undefined;
    return this.answer(slot, limit, Math.max(1, Math.ceil((resetAtMs - nowMs) / 1000)));
  }

  async take(key: string, limit: number, nowMs: number): Promise<QuotaAnswer> {
    const resetAtMs = (Math.floor(nowMs / WINDOW_MS) + 1) * WINDOW_MS;
    const resetSeconds = Math.max(1, Math.ceil((resetAtMs - nowMs) / 1000));
    for (;;) {
      const slot = this.slotFor(key, resetAtMs);
      if (slot.tokens > 0 || slot.spent) return this.answer(slot, limit, resetSeconds);
      // Requests arriving together wait for one reservation rather than each taking a share.
      slot.pending ??= this.refill(slot, key, limit).finally(() => {
        slot.pending = undefined;
      });
      await slot.pending;
    }
  }

  private async refill(slot: Slot, key: string, limit: number): Promise<void> {
    const share = shareOf(limit);
    const hits = await this.reserve(key, share, slot.resetAtMs);
    const granted = Math.min(share, Math.max(0, limit - (hits - share)));
    slot.tokens += granted;
    slot.sharedHits = Math.max(slot.sharedHits, hits);
    if (granted === 0) slot.spent = true;
  }

  private answer(slot: Slot, limit: number, resetSeconds: number): QuotaAnswer {
    if (slot.tokens === 0) return { allowed: false, limit, remaining: 0, resetSeconds };
    slot.tokens -= 1;
    const remaining = Math.max(0, limit - slot.sharedHits) + slot.tokens;
    return { allowed: true, limit, remaining, resetSeconds };
  }

  private slotFor(key: string, resetAtMs: number): Slot {
    let slot = this.slots.get(key);
    if (!slot || slot.resetAtMs < resetAtMs) {
      // Past windows are dropped as keys come back; a node serving very many keys starts over.
      if (!slot && this.slots.size >= 100_000) this.slots.clear();
      slot = { resetAtMs, tokens: 0, sharedHits: 0, spent: false };
      this.slots.set(key, slot);
    }
    return slot;
  }
}
