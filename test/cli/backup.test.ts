import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { scan } from '../helpers/scans.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

async function count(store: Store, table: 'shipments' | 'tracking_events'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('waybill backup on SQLite', () => {
  let db: CliDatabase;
  let out: string;
  let server: Store;
  let ingest: (n: number) => Promise<unknown>;
  beforeEach(async () => {
    db = await cliDatabase('sqlite');
    db.use();
    out = await mkdtemp(join(tmpdir(), 'waybill-backup-'));
    // A running server's store: open, writing, while the backup is taken.
    server = await openStore(db.url);
    const tenantId = (await createTenant(server.db, 'Shop', new Date())).id;
    const pipeline = new IngestPipeline(server);
    ingest = (n) => pipeline.ingest([scan({ tenantId, trackingNumber: `SIM${String(100000000000 + n)}` })]);
    for (let n = 0; n < 50; n++) await ingest(n);
  });
  afterEach(async () => {
    await server.close();
    await rm(out, { recursive: true, force: true });
    await db.dispose();
  });

  // A CLI process started beside a writer that commits without pause: on a loaded two-core machine
  // that can take longer than the default 30 s (it did once in CI), so it gets more time.
  it('copies the database while it is being written, checks the copy and says what it wrote', async () => {
    const target = join(out, 'copy.db');
    let writes = 50;
    let backingUp = true;
    const writer = (async () => {
      while (backingUp) {
        await ingest(writes++);
        // Let the backup's own steps run between writes, as a server's event loop would.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const run = await runCli('backup', target);
    backingUp = false;
    await writer;
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(linesOf(run.stdout)).toEqual([
      expect.stringMatching(/^backed up .* to .*copy\.db: \d+ pages, [\d.]+ MB, integrity ok$/),
    ]);

    const copy = await openStore(`sqlite:${target}`, { migrate: false });
    try {
      const shipments = await count(copy, 'shipments');
      // Every shipment of before the backup, and none that the copy could not hold whole.
      expect(shipments).toBeGreaterThanOrEqual(50);
      expect(shipments).toBeLessThanOrEqual(writes);
      expect(await count(copy, 'tracking_events')).toBe(shipments);
    } finally {
      await copy.close();
    }
    expect((await readdir(out)).sort()).toEqual(['copy.db']);
  }, 90_000);

  it('never overwrites a file, and leaves nothing behind when it refuses', async () => {
    const target = join(out, 'copy.db');
    expect((await runCli('backup', target)).code).toBe(0);
    const before = await stat(target);
    await ingest(999);
    const again = await runCli('backup', target);
    expect(again.code).not.toBe(0);
    expect(linesOf(again.stderr)).toEqual([
      expect.stringMatching(/copy\.db exists already; choose a new file name$/),
    ]);
    expect((await stat(target)).mtimeMs).toBe(before.mtimeMs);

    const nowhere = await runCli('backup', join(out, 'no-such-folder', 'copy.db'));
    expect(linesOf(nowhere.stderr)).toEqual([
      expect.stringMatching(/^.*no folder .*no-such-folder to write/),
    ]);
    expect(nowhere.code).not.toBe(0);
    expect((await readdir(out)).sort()).toEqual(['copy.db']);
  });

  it('refuses a database that is not there, or is not Waybill’s, with one line', async () => {
    db.use();
    vi.stubEnv('DATABASE_URL', `sqlite:${join(out, 'missing.db')}`);
    const missing = await runCli('backup', join(out, 'copy.db'));
    expect(missing.code).not.toBe(0);
    expect(linesOf(missing.stderr)).toEqual([expect.stringContaining('no SQLite database at')]);
    expect(existsSync(join(out, 'copy.db'))).toBe(false);
    expect(existsSync(join(out, 'missing.db'))).toBe(false);

    const other = join(out, 'other.db');
    const foreign = new Database(other);
    foreign.exec('create table notes (body text)');
    foreign.close();
    vi.stubEnv('DATABASE_URL', `sqlite:${other}`);
    const notOurs = await runCli('backup', join(out, 'copy.db'));
    expect(notOurs.code).not.toBe(0);
    expect(linesOf(notOurs.stderr)).toEqual([expect.stringContaining('is not a Waybill database')]);
    expect(existsSync(join(out, 'copy.db'))).toBe(false);
  });
});

describe('waybill backup on PostgreSQL', () => {
  it('points to pg_dump instead, and changes nothing', async () => {
    const db = await cliDatabase('postgres');
    db.use();
    try {
      const run = await runCli('backup', join(tmpdir(), 'never-written.db'));
      expect(run.code).not.toBe(0);
      expect(linesOf(run.stderr)).toEqual([expect.stringContaining('for PostgreSQL use pg_dump')]);
      expect(existsSync(join(tmpdir(), 'never-written.db'))).toBe(false);
    } finally {
      await db.dispose();
    }
  });
});
