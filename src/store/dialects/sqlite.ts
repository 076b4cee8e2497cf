import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';

export function sqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable
  // before we answer 2xx (NORMAL could lose the last commits on power loss).
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // SQLite's default page cache is 2 MB; ingest touches shipment and index pages all over the
  // file, so give it room (16 MB per connection, allocated as used; 32 and 64 MB were no faster
  // in bench:ingest, the kernel's file cache holds the rest). The file is not memory-mapped: mapped
  // pages count in the process's memory and grow with the database, so a node's memory would
  // follow the file's size; read through the page cache, it is bounded by cache_size.
  database.pragma('cache_size = -16384');
  database.pragma('mmap_size = 0');
  return new SqliteDialect({ database: withStatementCache(database) });
}

const CACHE_SIZE = 200;

/**
 * Kysely prepares every statement anew; for the multi-row statements of the ingest path SQLite's
 * parse and plan cost more than running them. The same SQL text reuses its prepared statement.
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(text: string): SqliteStatement {
      // Kysely opens every transaction with a deferred BEGIN. With a second connection on the file
      // (the notification sender's thread), a deferred transaction that read and then writes
      // fails at once with SQLITE_BUSY_SNAPSHOT if the other one committed in between; taking
      // the write lock at BEGIN makes it wait (busy_timeout) instead.
      const sql = text === 'begin' ? 'begin immediate' : text;
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
