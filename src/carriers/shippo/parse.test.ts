import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSubstatus } from '../../domain/status.js';
import { parseShippo } from './parse.js';
import { SHIPPO_CODES, SHIPPO_STATUS_MAP, SHIPPO_SUBSTATUS_MAP } from './status-map.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as {
    data: Record<string, unknown>;
  };

const status = (overrides: Record<string, unknown>) => ({
  event: 'track_updated',
  data: {
    tracking_number: 'SHIPPO0001',
    tracking_history: [
      {
        object_id: 'a',
        status: 'TRANSIT',
        status_details: 'Moving',
        status_date: '2026-11-20T08:00:00Z',
        location: { city: 'Austin', state: 'TX', country: 'US' },
        ...overrides,
      },
    ],
  },
});

describe('Shippo parse', () => {
  it('stores the current status once when the history repeats it', () => {
    const scans = parseShippo(fixture('webhook-history-failure.json')).scans;
    expect(scans.filter((s) => s.status === 'exception.lost')).toHaveLength(1);
  });

  it('reads a bare Track as the webhook’s data', () => {
    const hook = fixture('webhook-delivered.json');
    expect(parseShippo(hook.data)).toEqual(parseShippo(hook));
  });

  it('applies the reference’s refinements and sharpens within a status otherwise', () => {
    const sub = (code: string, base = 'TRANSIT') =>
      parseShippo(status({ status: base, substatus: { code } })).scans[0]?.status;
    expect(sub('out_for_delivery')).toBe('out_for_delivery.on_vehicle');
    expect(sub('pickup_available')).toBe('available_for_pickup.pickup_point');
    expect(sub('notice_left')).toBe('attempt_failed.recipient_absent');
    expect(sub('return_to_sender')).toBe('return_to_sender.in_transit');
    expect(sub('package_damaged')).toBe('exception.damaged');
    expect(sub('package_departed')).toBe('in_transit.linehaul');
    // package_held sharpens a FAILURE but does not turn a TRANSIT scan into an exception.
    expect(sub('package_held')).toBe('in_transit.other');
    expect(sub('package_held', 'FAILURE')).toBe('exception.other');
  });

  it('keeps unknown codes raw with a safe status, and gives UTC dates the place’s zone', () => {
    const [scan] = parseShippo(status({ status: 'WORMHOLE', substatus: null })).scans;
    expect(scan).toMatchObject({
      status: 'in_transit.other',
      rawCode: 'WORMHOLE',
      unmapped: true,
      zone: 'America/Chicago',
    });
  });

  it('maps every status and substatus code the reference lists onto the closed set', () => {
    expect(Object.keys(SHIPPO_STATUS_MAP).sort()).toEqual([
      'DELIVERED',
      'FAILURE',
      'PRE_TRANSIT',
      'RETURNED',
      'TRANSIT',
      'UNKNOWN',
    ]);
    expect(Object.keys(SHIPPO_SUBSTATUS_MAP)).toHaveLength(23);
    for (const entry of Object.values(SHIPPO_CODES)) expect(isSubstatus(entry.substatus)).toBe(true);
  });
});
