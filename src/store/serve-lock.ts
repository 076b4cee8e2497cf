import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { isPostgresUrl } from './open-store.js';

/** A second server process on one SQLite file: refused, naming the one that holds it. */
export class StoreInUse extends Error {
  override name = 'StoreInUse';
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/**
 * SQLite is served by one process: the outbox relay, the leases and the live pages assume one
 * writer that sees every commit. A lock file beside the database (`<file>.serve.lock`) names the
 * server holding it; a second `serve` on the same file is refused with one line, and a lock left
 * by a process that is gone (kill -9) is taken over. PostgreSQL takes any number of servers, so
 * nothing is locked there. Returns the release, which removes the lock if it is still ours.
 */
export async function lockSqliteServer(databaseUrl: string, now = new Date()): Promise<() => Promise<void>> {
  if (isPostgresUrl(databaseUrl)) return async () => undefined;
  const file = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : databaseUrl;
  if (file === ':memory:' || file === '') return async () => undefined;
  const lock = `${file}.serve.lock`;
  // The first start on a fresh checkout: the database's folder (./data) is not there yet.
  await mkdir(dirname(file), { recursive: true });
  const mine: Holder = { pid: process.pid, host: hostname(), since: now.toISOString() };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, text, { flag: 'wx' });
      return async () => {
        const held = await readFile(lock, 'utf8').catch(() => undefined);
        if (held === text) await unlink(lock).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lock);
    if (holder && (holder.host !== mine.host || isAlive(holder.pid))) {
      const where = holder.host === mine.host ? `pid ${holder.pid}` : `pid ${holder.pid} on ${holder.host}`;
      throw new StoreInUse(
        `${file} is already served by another Waybill process (${where}, since ${holder.since}); SQLite takes one server process: run several on PostgreSQL (DATABASE_URL=postgres://…), or delete ${lock} if that process is gone`,
      );
    }
    // Left by a process that died: take it over.
    await unlink(lock).catch(() => undefined);
  }
  throw new StoreInUse(`cannot take the lock ${lock}: another process keeps recreating it`);
}

async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    const parsed = JSON.parse(await readFile(lock, 'utf8')) as Partial<Holder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string')
      return parsed as Holder;
  } catch {
    // Unreadable or half-written: treated as left behind.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
