import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

const fixture = (path: string) => fileURLToPath(new URL(`../../src/carriers/${path}`, import.meta.url));

describe.each(DIALECTS)('waybill import-edi and import-csv on %s', (dialect) => {
  let db: CliDatabase;
  let dir: string;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
    dir = await mkdtemp(join(tmpdir(), 'waybill-import-'));
  });
  afterEach(async () => {
    await db.dispose();
    await rm(dir, { recursive: true, force: true });
  });
  const file = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };

  it('imports an X12 214 file into the first tenant and says what it stored', async () => {
    const path = fixture('x12-214/fixtures/one-interchange-three-shipments.edi');
    const run = await runCli('import-edi', path);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      `imported ${path}: 6 new scans, 0 duplicates, 0 rejected, 0 problems`,
    ]);
    expect(await db.counts()).toMatchObject({ tenants: 1, shipments: 3, tracking_events: 6 });
    const again = await runCli('import-edi', path, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ accepted: 0, duplicates: 6 });
  });

  it('lists the problems of a damaged file by segment and stores the rest', async () => {
    const run = await runCli('import-edi', fixture('x12-214/fixtures/bad-segments.edi'));
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toMatch(/: 1 new scans, 0 duplicates, 0 rejected, 12 problems$/);
    expect(lines[1]).toMatch(/^ {2}segment 6: transaction 9001: .*not an X12 segment/);
    expect(await db.counts()).toMatchObject({ shipments: 1, tracking_events: 1 });
  });

  it('imports events and shipments from CSV', async () => {
    const events = await runCli('import-csv', 'events', fixture('csv-events/fixtures/events.csv'));
    expect(events.code).toBe(0);
    expect(linesOf(events.stdout)[0]).toMatch(/: 5 new scans, 0 duplicates, 0 rejected, 0 problems$/);
    const path = await file(
      'shipments.csv',
      'Tracking Number;Carrier;Order Ref;Country\nWB20000001;custom;A-1;DE\n1Z4F87W20342619083;;A-2;US\nX;;A-3;\n',
    );
    const shipments = await runCli('import-csv', 'shipments', path);
    expect(shipments.code).toBe(0);
    expect(linesOf(shipments.stdout)).toEqual([
      `imported ${path}: 1 created, 1 already tracked, 1 rejected`,
      '  line 4: tracking_number must be 4 to 40 letters or digits',
    ]);
    expect(await db.counts()).toMatchObject({ shipments: 3 });
  });

  it('uses the tenant given with --tenant, and refuses one that does not exist', async () => {
    await runCli('import-csv', 'events', fixture('csv-events/fixtures/events.csv'));
    const tenantId = await db.inspect(
      async (store) => (await store.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id,
    );
    const run = await runCli('import-edi', fixture('x12-214/fixtures/local-times.edi'), '--tenant', tenantId);
    expect(run.code).toBe(0);
    const before = await db.counts();
    const unknown = await runCli(
      'import-edi',
      fixture('x12-214/fixtures/local-times.edi'),
      '--tenant',
      'nope',
    );
    expect(unknown.code).toBe(1);
    expect(linesOf(unknown.stderr)).toEqual(['waybill: no tenant with id nope']);
    expect(await db.counts()).toEqual(before);
  });

  it.each([
    [['import-edi', '/no/such/file.edi'], /^waybill: cannot read \/no\/such\/file\.edi: no such file$/],
    [['import-edi', 'CSV'], /^waybill: .* is not a usable X12 214 file: not an X12 interchange/],
    [
      ['import-csv', 'events', 'MISSING'],
      /^waybill: .* is not a usable events CSV: the header lacks the columns/,
    ],
    [
      ['import-csv', 'shipments', 'MISSING'],
      /^waybill: .* is not a usable shipments CSV: the header has no tracking_number column/,
    ],
    [['import-csv', 'parcels', 'CSV'], /^waybill: the kind must be events or shipments, not "parcels"$/],
    [['import-edi', 'ALLBAD'], /^waybill: no scan in .* is valid; nothing was stored: trackingNumber/],
  ])('refuses %j with one line on stderr and stores nothing', async (args, message) => {
    const paths: Record<string, string> = {
      CSV: await file('not-x12.edi', 'tracking_number,status\n1Z999,delivered\n'),
      MISSING: fixture('csv-events/fixtures/missing-columns.csv'),
      ALLBAD: await file(
        'all-bad.edi',
        'ISA*00*          *00*          *02*ABCD           *ZZ*WAYBILL        *261120*1435*U*00401*000000417*0*P*>~\n' +
          'GS*QM*ABCD*WAYBILL*20261120*1435*417*X*004010~\nST*214*0001~\nB10*#!*BOL1*ABCD~\nLX*1~\n' +
          'AT7*X6*NS***20261120*0705*CT~\nSE*5*0001~\nGE*1*417~\nIEA*1*000000417~\n',
      ),
    };
    await runCli('migrate');
    const before = await db.counts();
    const run = await runCli(...args.map((arg) => paths[arg] ?? arg));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
    // Not even the first tenant is made for a file that is refused.
    expect(await db.counts()).toEqual(before);
  });
});
