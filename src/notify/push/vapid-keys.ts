import webpush from 'web-push';
import type { Kysely } from 'kysely';
import type { Store } from '../../store/open-store.js';
import type { Database } from '../../store/schema.js';

export interface VapidKeys {
  /** base64url uncompressed P-256 point: the browser's `applicationServerKey`. */
  readonly publicKey: string;
  readonly privateKey: string;
}

const CURRENT = 'current';
// Read once per database handle: the pair never changes after it is first stored.
const cache = new WeakMap<Kysely<Database>, Promise<VapidKeys>>();

/**
 * The installation's VAPID key pair, made on first use and kept: every browser subscription is
 * bound to the public key, so a new pair would orphan them all. Two processes starting together
 * both try to insert; the primary key lets one win, and both then read the winner.
 */
export function vapidKeys(store: Pick<Store, 'db'>, now: Date = new Date()): Promise<VapidKeys> {
  let keys = cache.get(store.db);
  if (!keys) {
    keys = loadOrCreate(store.db, now);
    cache.set(store.db, keys);
    keys.catch(() => cache.delete(store.db));
  }
  return keys;
}

/** What the tracking page hands to `pushManager.subscribe({applicationServerKey})`. */
export async function vapidPublicKey(store: Pick<Store, 'db'>): Promise<string> {
  return (await vapidKeys(store)).publicKey;
}

async function loadOrCreate(db: Kysely<Database>, now: Date): Promise<VapidKeys> {
  const existing = await read(db);
  if (existing) return existing;
  const generated = webpush.generateVAPIDKeys();
  await db
    .insertInto('vapid_keys')
    .values({
      id: CURRENT,
      public_key: generated.publicKey,
      private_key: generated.privateKey,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const stored = await read(db);
  if (!stored) throw new Error('VAPID keys vanished right after being stored');
  return stored;
}

async function read(db: Kysely<Database>): Promise<VapidKeys | undefined> {
  const row = await db
    .selectFrom('vapid_keys')
    .select(['public_key', 'private_key'])
    .where('id', '=', CURRENT)
    .executeTakeFirst();
  return row && { publicKey: row.public_key, privateKey: row.private_key };
}
