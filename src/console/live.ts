import { randomUUID } from 'node:crypto';
import type { OutboxRelay } from '../ingest/outbox-relay.js';

/** What changed for a tenant since the last update: shipment ids and the kinds of event. */
export interface ConsoleChange {
  readonly shipmentIds: readonly string[];
  readonly types: readonly string[];
}

export type ConsoleListener = (change: ConsoleChange) => void;

// Events after which the attention queue may have changed; the page then re-reads it.
const ATTENTION_TYPES = new Set([
  'exception.raised',
  'status.changed',
  'stalled',
  'delay.detected',
  'delivered',
]);

export function touchesAttention(change: ConsoleChange): boolean {
  return change.types.some((type) => ATTENTION_TYPES.has(type) || type.startsWith('console.'));
}

/**
 * Fans the outbox out to the console pages open in this process, per tenant. One non-durable
 * relay subscriber for all of them; the messages of one relay pass reach each page as a single
 * change, so a burst of scans is one refresh, not hundreds.
 */
export class ConsoleLive {
  private readonly listeners = new Map<string, Set<ConsoleListener>>();
  private readonly pending = new Map<string, { ids: Set<string>; types: Set<string> }>();
  private flushing = false;
  private readonly unsubscribe: (() => void) | undefined;

  constructor(relay: OutboxRelay | undefined) {
    this.unsubscribe = relay?.subscribe({
      name: `console-live:${randomUUID()}`,
      durable: false,
      accepts: (message) => this.listeners.has(message.tenantId),
      handle: async (message) => this.mark(message.tenantId, message.shipmentId, message.type),
    });
  }

  watch(tenantId: string, listener: ConsoleListener): () => void {
    let set = this.listeners.get(tenantId);
    if (!set) {
      set = new Set();
      this.listeners.set(tenantId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(tenantId);
    };
  }

  /** A change made by the console itself (an action): other open pages of the tenant refresh too. */
  announce(tenantId: string, shipmentId: string | null, type: string): void {
    if (this.listeners.has(tenantId)) this.mark(tenantId, shipmentId, type);
  }

  close(): void {
    this.unsubscribe?.();
    this.listeners.clear();
  }

  private mark(tenantId: string, shipmentId: string | null, type: string): void {
    let entry = this.pending.get(tenantId);
    if (!entry) {
      entry = { ids: new Set(), types: new Set() };
      this.pending.set(tenantId, entry);
    }
    if (shipmentId !== null && entry.ids.size < 500) entry.ids.add(shipmentId);
    entry.types.add(type);
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => {
      this.flushing = false;
      const due = [...this.pending];
      this.pending.clear();
      for (const [tenant, { ids, types }] of due) {
        const change = { shipmentIds: [...ids], types: [...types] };
        for (const listener of this.listeners.get(tenant) ?? []) listener(change);
      }
    });
  }
}
