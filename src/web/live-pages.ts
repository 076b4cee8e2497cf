import { randomUUID } from 'node:crypto';
import type { OutboxRelay } from '../ingest/outbox-relay.js';

/** Told the newest delivery position (OutboxMessage.position) of its shipment's messages as they are delivered. */
export type LiveListener = (seq: number) => void;

/**
 * Fans outbox messages out to the open pages of this process. One non-durable relay subscriber
 * for all of them: it looks only at shipments someone is watching, and several messages of one
 * commit (status.changed, delivered, eta.changed) reach each page as a single update.
 */
export class LivePages {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly pending = new Map<string, number>();
  private flushing = false;
  private readonly unsubscribe: (() => void) | undefined;

  constructor(relay: OutboxRelay | undefined) {
    this.unsubscribe = relay?.subscribe({
      // Unique per app: a relay may serve several apps in tests.
      name: `live-pages:${randomUUID()}`,
      durable: false,
      accepts: (message) => message.shipmentId !== null && this.listeners.has(message.shipmentId),
      handle: async (message) => {
        if (message.shipmentId !== null) this.mark(message.shipmentId, message.position);
      },
    });
  }

  get enabled(): boolean {
    return this.unsubscribe !== undefined;
  }

  watch(shipmentId: string, listener: LiveListener): () => void {
    let set = this.listeners.get(shipmentId);
    if (!set) {
      set = new Set();
      this.listeners.set(shipmentId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(shipmentId);
    };
  }

  get watching(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  close(): void {
    this.unsubscribe?.();
    this.listeners.clear();
  }

  private mark(shipmentId: string, seq: number): void {
    this.pending.set(shipmentId, Math.max(seq, this.pending.get(shipmentId) ?? 0));
    if (this.flushing) return;
    this.flushing = true;
    // After the relay's current batch: messages of one commit become one update.
    setImmediate(() => {
      this.flushing = false;
      const due = [...this.pending];
      this.pending.clear();
      for (const [id, newest] of due) for (const listener of this.listeners.get(id) ?? []) listener(newest);
    });
  }
}
