import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Shipment } from '../../src/domain/shipment.js';
import type { TrackingEvent } from '../../src/domain/tracking-event.js';
import { listEvents, listShipments } from '../../src/store/repositories/shipments.js';
import { listTenants } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

/** "HH:mm ±hh:mm" of an instant in a zone, worked out with Intl rather than the CLI's luxon. */
function localClock(iso: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  return `${part('hour')}:${part('minute')} ${offset}`;
}

const SCAN_TIME = / \d{2}:\d{2} [+-]\d{2}:\d{2} /;

describe.each(DIALECTS)('waybill track on %s', (dialect) => {
  let db: CliDatabase;
  let otherTenant: string;
  /** A simulated shipment whose scans happen away from UTC, and its scans. */
  let abroad: { shipment: Shipment; events: TrackingEvent[] };
  let latest: Shipment;

  // Track only reads, so the tests share one simulated store.
  beforeAll(async () => {
    db = await cliDatabase(dialect);
    db.use();
    try {
      expect((await runCli('simulate', '--shipments', '20', '--seed', '3')).code).toBe(0);
      const created = await runCli('keys', 'create', '--new-tenant', 'Other shop');
      otherTenant = /tenant (\S+);/.exec(created.stderr)?.[1] as string;
    } finally {
      vi.unstubAllEnvs();
    }
    await db.inspect(async (store) => {
      const [tenant] = await listTenants(store.db);
      const shipments = await listShipments(store.db, tenant?.id as string, { limit: 100 });
      // --latest means the parcel with the newest scan: the one worth watching move.
      latest = [...shipments].sort((a, b) =>
        (b.lastEventAt ?? '') > (a.lastEventAt ?? '') ? 1 : -1,
      )[0] as Shipment;
      for (const shipment of shipments) {
        const events = await listEvents(store.db, shipment.tenantId, shipment.id);
        const offsets = new Set(events.map((e) => localClock(e.occurredAt, e.zone).slice(6)));
        if (offsets.size > 1 && !abroad) abroad = { shipment, events };
      }
    });
    expect(abroad, 'a simulated shipment crossing time zones').toBeDefined();
  });
  afterAll(() => db.dispose());
  beforeEach(() => db.use());

  it('shows the status, the estimate and every scan in the local time of its place', async () => {
    const { shipment, events } = abroad;
    const run = await runCli('track', shipment.trackingNumber);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = linesOf(run.stdout);
    expect(lines[0]).toMatch(new RegExp(`^${shipment.trackingNumber} .*simulator`));
    const status = lines.find((line) => line.startsWith('Status:'));
    expect(status).toContain(`(${shipment.substatus})`);
    expect(status?.toLowerCase()).toContain(shipment.status.replaceAll('_', ' '));
    expect(lines.some((line) => /^Estimate: +\S/.test(line))).toBe(true);

    const scans = lines.slice(lines.indexOf('') + 1);
    expect(scans).toHaveLength(events.length);
    for (const scan of scans) expect(scan).toMatch(SCAN_TIME);
    for (const event of events) {
      const clock = localClock(event.occurredAt, event.zone);
      expect(scans.some((scan) => scan.includes(clock) && scan.includes(event.rawDescription))).toBe(true);
    }
    // Newest first.
    const newest = events.reduce((a, b) => (Date.parse(b.occurredAt) > Date.parse(a.occurredAt) ? b : a));
    expect(scans[0]).toContain(localClock(newest.occurredAt, newest.zone));
  });

  it('finds the shipment whatever the case, spaces and dashes of the number typed', async () => {
    const typed = abroad.shipment.trackingNumber.toLowerCase().replace(/(.{4})/g, '$1-');
    const run = await runCli('track', typed);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(abroad.shipment.trackingNumber)).toBe(true);
  });

  it('shows the shipment with the newest scan with --latest', async () => {
    const run = await runCli('track', '--latest');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(linesOf(run.stdout)[0]).toMatch(new RegExp(`^${latest.trackingNumber} `));
    expect(run.stdout).toContain('Estimate:');
    expect(run.stdout).toMatch(SCAN_TIME);
  });

  it('prints the shipment and its timeline, oldest first, as JSON with --json', async () => {
    const { shipment, events } = abroad;
    const run = await runCli('track', shipment.trackingNumber, '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const printed = JSON.parse(run.stdout) as Shipment & { timeline: TrackingEvent[] };
    expect(printed).toMatchObject({
      trackingNumber: shipment.trackingNumber,
      carrier: 'simulator',
      status: shipment.status,
      substatus: shipment.substatus,
    });
    expect(printed.timeline).toHaveLength(events.length);
    const instants = printed.timeline.map((event) => Date.parse(event.occurredAt));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(printed.timeline.map((event) => event.zone)).toEqual(
      expect.arrayContaining(events.map((event) => event.zone)),
    );

    const newest = await runCli('track', '--latest', '--json');
    expect(JSON.parse(newest.stdout)).toMatchObject({ trackingNumber: latest.trackingNumber });
  });

  it('says which number it could not find, normalised, with exit code 1', async () => {
    expect(await runCli('track', 'ZZ999999999')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'waybill: no shipment with tracking number ZZ999999999\n',
    });
    expect((await runCli('track', 'zz-999 999 999')).stderr).toBe(
      'waybill: no shipment with tracking number ZZ999999999\n',
    );
  });

  it('looks only in the tenant named by --tenant', async () => {
    const number = abroad.shipment.trackingNumber;
    const elsewhere = await runCli('track', number, '--tenant', otherTenant);
    expect(elsewhere).toEqual({
      code: 1,
      stdout: '',
      stderr: `waybill: no shipment with tracking number ${number}\n`,
    });
    const own = await runCli('track', number, '--tenant', abroad.shipment.tenantId);
    expect(own.code).toBe(0);
  });

  it.each([['!!'], ['ab'], ['x'.repeat(41)]])('refuses %j as not a tracking number', async (typed) => {
    const run = await runCli('track', typed);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(/^waybill: .* is not a tracking number/)]);
  });

  it('asks for a number or --latest when given neither', async () => {
    expect(await runCli('track')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'waybill: give a tracking number, or --latest\n',
    });
  });
});

describe.each(DIALECTS)('waybill track on an empty %s store', (dialect) => {
  let db: CliDatabase;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
  });
  afterEach(() => db.dispose());

  it('says there are no shipments yet, and how to get some, for --latest', async () => {
    const run = await runCli('track', '--latest');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([
      expect.stringMatching(/^waybill: no shipments yet; .*waybill simulate --shipments/),
    ]);
  });
});
