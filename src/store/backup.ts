import { existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface BackupResult {
  readonly pages: number;
  readonly bytes: number;
}

/** Why a backup cannot be made: names the problem, and nothing was written. */
export class BackupRefused extends Error {
  override name = 'BackupRefused';
}

/**
 * An online copy of a SQLite database through SQLite's backup API: consistent as of one moment,
 * taken while the server keeps writing (WAL). It is written beside the target and renamed into
 * place only after SQLite's integrity check passed on it, so `target` is either a whole, checked
 * copy or not there at all. An existing `target` is never overwritten.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new BackupRefused(`no SQLite database at ${source}`);
  if (existsSync(target)) throw new BackupRefused(`${target} exists already; choose a new file name`);
  if (!existsSync(dirname(target) || '.'))
    throw new BackupRefused(`no folder ${dirname(target)} to write ${target} in`);
  const partial = `${target}.partial-${process.pid}`;
  let db: Database.Database;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefused(`cannot open ${source} as a SQLite database: ${(error as Error).message}`);
  }
  try {
    const tables = db
      .prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'")
      .get() as {
      n: number;
    };
    if (tables.n === 0) throw new BackupRefused(`${source} is not a Waybill database (no migrations table)`);
    // After the first step, the rest in one: SQLite restarts a backup whose source another
    // connection wrote between steps, so small steps could chase a busy server for ever. In WAL
    // mode one step holds a read snapshot only; the server's writers are not blocked.
    const progress = await db.backup(partial, {
      progress: ({ remainingPages }) => Math.max(remainingPages, 100),
    });
    // The copy keeps the source's WAL mode; a backup is one self-contained file, so it leaves
    // WAL (which also removes the -wal and -shm files opening it made). The server sets WAL again
    // on a restored copy.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    await rename(partial, target);
    return { pages: progress.totalPages, bytes: (await stat(target)).size };
  } catch (error) {
    for (const file of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`])
      await rm(file, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
