import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

const trackingNumbersIn = (db: CliDatabase) =>
  db.inspect(async (store) => {
    const rows = await store.db.selectFrom('shipments').select('tracking_number').execute();
    return rows.map((row) => row.tracking_number).sort();
  });

describe.each(DIALECTS)('waybill simulate on %s', (dialect) => {
  let db: CliDatabase;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
  });
  afterEach(() => db.dispose());

  it('fills an empty store with the shipments asked for and their scans', async () => {
    const run = await runCli('simulate', '--shipments', '20', '--seed', '3');
    expect(run.code).toBe(0);
    const counts = await db.counts();
    expect(counts.shipments).toBe(20);
    expect(counts.tracking_events).toBeGreaterThan(counts.shipments);
    // The first tenant (and its key) are made on the way, as `serve` does on its first start.
    expect(counts.tenants).toBe(1);
    expect(linesOf(run.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^created 20 shipments with ${counts.tracking_events} scans in `)),
    ]);
  });

  it('replays the same parcels for the same seed, and others for another seed', async () => {
    await runCli('simulate', '-n', '5', '--seed', '3');
    const first = await trackingNumbersIn(db);

    const again = await cliDatabase(dialect);
    const other = await cliDatabase(dialect);
    try {
      again.use();
      await runCli('simulate', '-n', '5', '--seed', '3');
      other.use();
      await runCli('simulate', '-n', '5', '--seed', '4');
      const replayed = await trackingNumbersIn(again);
      const reseeded = await trackingNumbersIn(other);
      expect(replayed).toEqual(first);
      expect(reseeded.filter((number) => first.includes(number))).toEqual([]);
    } finally {
      await again.dispose();
      await other.dispose();
    }
  });

  it('adds to a store that already has shipments', async () => {
    await runCli('simulate', '-n', '3', '--seed', '1');
    const run = await runCli('simulate', '-n', '4', '--seed', '2');
    expect(run.code).toBe(0);
    expect(await db.counts()).toMatchObject({ tenants: 1, shipments: 7 });
  });

  it.each([
    [['-n', 'abc'], /^waybill: --shipments must be a whole number .*, got "abc"$/],
    [['-n', '0'], /^waybill: --shipments must be a whole number .*, got "0"$/],
    [['--shipments', '2.5'], /^waybill: --shipments must be a whole number .*, got "2.5"$/],
    [['-n', '20000000'], /^waybill: --shipments must be a whole number .*, got "20000000"$/],
    [['-n', '2', '--seed', 'abc'], /^waybill: --seed must be a whole number, got "abc"$/],
  ])('refuses %j with one line and changes nothing', async (args, message) => {
    await runCli('simulate', '-n', '2', '--seed', '5');
    const before = await db.counts();
    const run = await runCli('simulate', ...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
    expect(await db.counts()).toEqual(before);
  });

  it('asks for --shipments when it is missing', async () => {
    const run = await runCli('simulate');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--shipments');
    expect(run.stdout).toBe('');
  });

  it('fails with one line and stores nothing for a tenant that does not exist', async () => {
    await runCli('migrate');
    const run = await runCli('simulate', '-n', '3', '--tenant', 'nope');
    expect(run.code).toBe(1);
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(/^waybill: /)]);
    // Only the outcome is pinned: today the line is the database's foreign-key error, not the tenant.
    expect(await db.counts()).toMatchObject({ shipments: 0, tracking_events: 0 });
  });
});
