import { createHash } from 'node:crypto';

/**
 * One cached answer: its body as UTF-8 bytes, the stamp it was built at, and its ETag. The bytes
 * are cut where a per-answer value goes (a page's nonce): `bytesOf` joins them. Kept as bytes, an
 * answer goes out without being measured and encoded again on every request.
 */
export interface CachedLookup {
  readonly stamp: number | string;
  readonly pieces: readonly Buffer[];
  readonly etag: string;
}

/** The answer's bytes, with `filler` where the body had its slot. */
export function bytesOf(entry: CachedLookup, filler = ''): Buffer {
  const [first, ...rest] = entry.pieces;
  if (first === undefined) return Buffer.alloc(0);
  if (rest.length === 0) return first;
  const between = Buffer.from(filler, 'utf8');
  const parts: Buffer[] = [first];
  for (const piece of rest) parts.push(between, piece);
  return Buffer.concat(parts);
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

  /**
   * Keeps `body` as the answer at `stamp`, cut at every `slot` (see bytesOf). A body larger than
   * the whole cache is not kept.
   */
  set(key: string, stamp: number | string, body: string, slot?: string): CachedLookup {
    const pieces = (slot === undefined ? [body] : body.split(slot)).map((text) => Buffer.from(text, 'utf8'));
    const entry = { stamp, pieces, etag: etagOf(body) };
    const size = sizeOf(entry);
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

  /** Bytes of the bodies held. */
  get heldBytes(): number {
    return this.bytes;
  }

  private remove(key: string, entry: CachedLookup): void {
    this.entries.delete(key);
    this.bytes -= sizeOf(entry);
  }
}

function sizeOf(entry: CachedLookup): number {
  return entry.pieces.reduce((sum, piece) => sum + piece.length, 0);
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
