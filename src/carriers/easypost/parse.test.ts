import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edits, mutate } from '../../../test/helpers/json-mutations.js';
import { isSubstatus } from '../../domain/status.js';
import { parseEasypost } from './parse.js';
import { EASYPOST_CODES, EASYPOST_DETAIL_MAP, EASYPOST_STATUS_MAP } from './status-map.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const TRACKER = fixture('tracker-delivered-signed.json');
const asEvent = (tracker: unknown) => ({
  id: 'evt_1',
  object: 'Event',
  description: 'tracker.updated',
  result: tracker,
});
const detail = (overrides: Record<string, unknown>) => ({
  object: 'Tracker',
  tracking_code: 'EZ2000000002',
  status: 'in_transit',
  tracking_details: [
    {
      object: 'TrackingDetail',
      message: 'Arrived',
      status: 'in_transit',
      status_detail: 'arrived_at_facility',
      datetime: '2026-11-20T09:15:00+01:00',
      tracking_location: { city: 'Berlin', country: 'DE' },
      ...overrides,
    },
  ],
});

describe('EasyPost parse', () => {
  it('gives the same scans for a Tracker from the API and the same Tracker in a webhook Event', () => {
    expect(parseEasypost(asEvent(TRACKER)).scans).toEqual(parseEasypost(TRACKER).scans);
    // However the tracker is damaged, both paths agree scan for scan (the dedupe key depends on it).
    fc.assert(
      fc.property(edits, (list) => {
        const tracker = mutate(TRACKER, list);
        if (typeof tracker !== 'object' || tracker === null || Array.isArray(tracker)) return;
        expect(parseEasypost(asEvent(tracker)).scans).toEqual(parseEasypost(tracker).scans);
      }),
      { numRuns: 500 },
    );
  });

  it('orders scans by time and refines the status with the detail', () => {
    const scans = parseEasypost(TRACKER).scans;
    expect(scans.map((s) => s.status)).toEqual([
      'info_received.label_created',
      'in_transit.origin_facility',
      'in_transit.linehaul',
      'in_transit.delayed', // in_transit + weather_delay: moving, late
      'in_transit.other',
      'in_transit.other',
      'delivered.signed', // signed_by on the tracker
    ]);
  });

  it('keeps an unknown status or detail raw, with a safe status', () => {
    const [unknownStatus] = parseEasypost(detail({ status: 'in_orbit', status_detail: undefined })).scans;
    expect(unknownStatus).toMatchObject({ status: 'in_transit.other', rawCode: 'in_orbit', unmapped: true });
    const [unknownDetail] = parseEasypost(detail({ status: 'delivered', status_detail: 'by_drone' })).scans;
    expect(unknownDetail).toMatchObject({
      status: 'delivered.standard',
      rawCode: 'delivered/by_drone',
      unmapped: true,
    });
    const [known] = parseEasypost(detail({})).scans;
    expect(known).not.toHaveProperty('unmapped');
  });

  it('reads a time without an offset in the zone of its place, and gives UTC times the place’s zone', () => {
    const [local] = parseEasypost(
      detail({
        datetime: '2026-11-20T09:15:00',
        tracking_location: { city: 'Denver', state: 'CO', country: 'US' },
      }),
    ).scans;
    expect(local).toMatchObject({ occurredAt: '2026-11-20T09:15:00', zone: 'America/Denver' });
    const [utc] = parseEasypost(detail({ datetime: '2026-11-20T08:15:00Z' })).scans;
    expect(utc).toMatchObject({ occurredAt: '2026-11-20T08:15:00Z', zone: 'Europe/Berlin' });
    const [nowhere] = parseEasypost(
      detail({ datetime: '2026-11-20T08:15:00Z', tracking_location: {} }),
    ).scans;
    expect(nowhere?.zone).toBeUndefined();
    const unplaced = parseEasypost(detail({ datetime: '2026-11-20T09:15:00', tracking_location: null }));
    expect(unplaced.scans).toEqual([]);
    expect(unplaced.problems).toMatchObject([
      { kind: 'invalid_payload', trackingNumber: 'EZ2000000002', at: '/tracking_details/0' },
    ]);
  });

  it('turns a failure with an attempt message into a failed attempt', () => {
    const [scan] = parseEasypost(
      detail({
        status: 'failure',
        status_detail: 'delivery_exception',
        message: 'Delivery attempted - no access to gate',
      }),
    ).scans;
    expect(scan?.status).toBe('attempt_failed.no_access');
  });

  it('reads a tracker list, a tracker EasyPost cannot follow, and events that are not about trackers', () => {
    const list = parseEasypost({ trackers: [TRACKER, asEvent(TRACKER).result, 'junk'] });
    expect(list.scans).toHaveLength(14);
    expect(list.problems).toEqual([
      { kind: 'invalid_payload', message: 'tracker is not an object', at: '/trackers/2' },
    ]);
    expect(
      parseEasypost({
        object: 'Tracker',
        tracking_code: 'EZ4000000004',
        status: 'error',
        tracking_details: [],
      }).problems,
    ).toMatchObject([{ kind: 'carrier_error', trackingNumber: 'EZ4000000004' }]);
    expect(parseEasypost(asEvent(undefined)).problems).toMatchObject([{ kind: 'invalid_payload' }]);
  });

  it('maps every status and status_detail the reference documents onto the closed set', () => {
    expect(Object.keys(EASYPOST_STATUS_MAP).sort()).toEqual(
      [
        'available_for_pickup',
        'cancelled',
        'delivered',
        'error',
        'failure',
        'in_transit',
        'out_for_delivery',
        'pre_transit',
        'return_to_sender',
        'unknown',
      ].sort(),
    );
    expect(Object.keys(EASYPOST_DETAIL_MAP)).toHaveLength(28);
    for (const entry of Object.values(EASYPOST_CODES)) expect(isSubstatus(entry.substatus)).toBe(true);
  });
});
