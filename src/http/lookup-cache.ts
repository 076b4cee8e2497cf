import { createHash } from 'node:crypto';

/** One cached answer: its serialized body, the stamp it was built at, and its ETag. */
export interface CachedLookup {
  readonly stamp: number | string;
  readonly body: string;
  readonly etag: string;
}

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Rendered answers (`GET /v1/shipments/:id`, `GET /t/:token`), least recently used out first. An
 * answer is served only while its stamp (for a shipment, the row's version; every write to a
 * shipment moves it, on whichever node it happens) is the one it was built at, so a lookup costs
 * one indexed read of the stamp instead of reading and rendering the shipment and its scans.
 */
export class LookupCache {
  private readonly entries = new Map<string, CachedLookup>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The answer built at `stamp`, if this node has it. */
  get(key: string, stamp: number | string): CachedLookup | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.stamp !== stamp) {
      this.remove(key, entry);
      return undefined;
    }
    // Map keeps insertion order: moving a hit to the end keeps the oldest-used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps `body` as the answer at `stamp`. A body larger than the whole cache is not kept. */
  set(key: string, stamp: number | string, body: string): CachedLookup {
    const entry = { stamp, body, etag: etagOf(body) };
    const size = body.length;
    if (size > this.maxBytes) return entry;
    const old = this.entries.get(key);
    if (old !== undefined) this.remove(key, old);
    while (this.bytes + size > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, CachedLookup];
      this.remove(oldestKey, oldest);
    }
    this.entries.set(key, entry);
    this.bytes += size;
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Characters held (about the bytes of memory the bodies take, as most are ASCII). */
  get heldBytes(): number {
    return this.bytes;
  }

  private remove(key: string, entry: CachedLookup): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

/** A strong validator from the bytes themselves, so it never repeats for different content. */
function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
