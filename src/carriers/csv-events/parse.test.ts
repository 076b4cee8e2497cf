import { describe, expect, it } from 'vitest';
import { parseEventsCsv } from './parse.js';
import { columnName } from './read-csv.js';

const HEADER =
  'tracking_number,carrier,occurred_at,status,raw_code,description,city,region,postal_code,country';

describe('CSV events parse', () => {
  it('reads each row into a scan with its place and the carrier’s own code', () => {
    const result = parseEventsCsv(
      `${HEADER}\nWB0000000001,dhl,2026-11-20T09:15:00+01:00,in_transit.origin_facility,ARR,"Arrived, depot",Berlin,,10115,de\n`,
    );
    expect(result).toEqual({
      scans: [
        {
          trackingNumber: 'WB0000000001',
          carrier: 'dhl',
          occurredAt: '2026-11-20T09:15:00+01:00',
          status: 'in_transit.origin_facility',
          rawCode: 'ARR',
          rawDescription: 'Arrived, depot',
          location: { city: 'Berlin', postalCode: '10115', country: 'DE' },
        },
      ],
      problems: [],
    });
  });

  it('gives a local time the zone of its place, or of its zone column', () => {
    const result = parseEventsCsv(
      'tracking_number,occurred_at,status,region,country,zone\n' +
        'WB0000000001,2026-11-20 09:15,in_transit,NSW,AU,\n' +
        'WB0000000001,2026-11-20T09:15:00,in_transit,,,America/Denver\n',
    );
    expect(result.scans.map((s) => [s.occurredAt, s.zone])).toEqual([
      ['2026-11-20T09:15', 'Australia/Sydney'],
      ['2026-11-20T09:15:00', 'America/Denver'],
    ]);
  });

  it('keeps a status it does not know as the raw code, on a safe status', () => {
    const [scan] = parseEventsCsv(
      'tracking_number,occurred_at,status\nWB0000000001,2026-11-20T09:15:00Z,HOLD42\n',
    ).scans;
    expect(scan).toMatchObject({ status: 'in_transit.other', rawCode: 'HOLD42', unmapped: true });
  });

  it('reports each bad line by its number and keeps the good ones', () => {
    const result = parseEventsCsv(
      'tracking_number,occurred_at,status,zone\n' +
        'WB0000000001,2026-11-20T09:15:00Z,in_transit,\n' +
        ',2026-11-20T09:15:00Z,in_transit,\n' +
        '\n' +
        'WB0000000001,2026-11-20T10:15:00,in_transit,\n' +
        'WB0000000001,2026-11-20T11:15:00Z,,\n' +
        'WB0000000001,2026-11-20T12:15:00Z,delivered,\n',
    );
    expect(result.scans.map((s) => s.occurredAt)).toEqual(['2026-11-20T09:15:00Z', '2026-11-20T12:15:00Z']);
    expect(result.problems.map((p) => [p.at, p.message])).toEqual([
      ['line 3', 'tracking_number is empty'],
      ['line 5', 'occurred_at has no offset, and neither zone nor a country says where it is local'],
      ['line 6', 'status and raw_code are both empty'],
    ]);
  });

  it('reads semicolon and tab files, a BOM, CRLF and loosely written column names', () => {
    const semicolon = parseEventsCsv(
      '\uFEFFTracking Number;Occurred-At;Status\r\nWB0000000001;2026-11-20T09:15:00Z;delivered\r\n',
    );
    const tab = parseEventsCsv(
      'trackingNumber\toccurredAt\tstatus\nWB0000000001\t2026-11-20T09:15:00Z\tdelivered\n',
    );
    expect(semicolon.scans).toHaveLength(1);
    expect(tab.scans).toEqual(semicolon.scans);
    expect(
      ['Tracking Number', 'tracking-number', 'trackingNumber', ' TRACKING_NUMBER '].map(columnName),
    ).toEqual(Array(4).fill('tracking_number'));
  });

  it('refuses a file without the required columns with one problem at line 1', () => {
    const result = parseEventsCsv('number,when\n1Z999,2026-11-20\n');
    expect(result.scans).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'invalid_payload',
        at: 'line 1',
        message: expect.stringContaining('tracking_number, occurred_at, status'),
      }),
    ]);
  });

  it('reports ignored columns once', () => {
    const result = parseEventsCsv(
      'tracking_number,occurred_at,status,warehouse\nWB0000000001,2026-11-20T09:15:00Z,delivered,H3\n',
    );
    expect(result.problems).toEqual([
      { kind: 'unsupported', message: 'columns ignored: warehouse', at: 'line 1' },
    ]);
  });

  it('keeps the rows before an unclosed quote', () => {
    const result = parseEventsCsv(
      'tracking_number,occurred_at,status\nWB0000000001,2026-11-20T09:15:00Z,delivered\nWB2,"2026,x\n',
    );
    expect(result.scans).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'invalid_payload', at: 'line 3' });
  });
});
