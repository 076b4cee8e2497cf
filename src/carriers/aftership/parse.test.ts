import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSubstatus } from '../../domain/status.js';
import { countryOfAftership } from './country-alpha3.js';
import { parseAftership } from './parse.js';
import { AFTERSHIP_STATUS_MAP } from './status-map.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

const webhook = (checkpoint: Record<string, unknown>, tracking: Record<string, unknown> = {}) => ({
  ts: 1763800000,
  event: 'tracking_update',
  event_id: 'e-1',
  msg: { tracking_number: 'AS00000001', tag: 'InTransit', checkpoints: [checkpoint], ...tracking },
});

describe('AfterShip parse', () => {
  it('reads current and legacy field names alike', () => {
    const current = webhook({
      checkpoint_time: '2026-11-20T09:15:00',
      city: 'Lyon',
      postal_code: '69001',
      country_region: 'FRA',
      country_region_name: 'France',
      tag: 'InTransit',
      subtag: 'InTransit_003',
      message: 'Arrival scan',
    });
    const legacy = webhook({
      checkpoint_time: '2026-11-20T09:15:00',
      city: 'Lyon',
      zip: '69001',
      country_iso3: 'FRA',
      country_name: 'France',
      tag: 'InTransit',
      subtag: 'InTransit_003',
      message: 'Arrival scan',
    });
    const result = parseAftership(current);
    expect(result.scans).toEqual([
      {
        trackingNumber: 'AS00000001',
        carrier: 'aftership',
        occurredAt: '2026-11-20T09:15:00',
        zone: 'Europe/Paris', // carrier local time without an offset: the place's zone
        status: 'in_transit.other',
        rawCode: 'InTransit_003',
        rawDescription: 'Arrival scan',
        location: { city: 'Lyon', postalCode: '69001', country: 'FR' },
      },
    ]);
    expect(parseAftership(legacy)).toEqual(result);
  });

  it('maps on the subtag, falls back to the tag, and keeps unknown codes raw', () => {
    const at = { checkpoint_time: '2026-11-20T09:15:00+01:00', country_region: 'DEU' };
    expect(
      parseAftership(webhook({ ...at, tag: 'Exception', subtag: 'Exception_011' })).scans[0]?.status,
    ).toBe('return_to_sender.delivered');
    expect(parseAftership(webhook({ ...at, tag: 'Pending', subtag: 'Pending_099' })).scans[0]).toMatchObject({
      status: 'pending.registered',
      rawCode: 'Pending_099',
    });
    expect(parseAftership(webhook({ ...at, tag: 'Teleported' })).scans[0]).toMatchObject({
      status: 'in_transit.other',
      rawCode: 'Teleported',
      unmapped: true,
    });
    expect(
      parseAftership(
        webhook({ ...at, tag: 'Exception', subtag: 'Exception_001', subtag_message: 'Shipment cancelled' }),
      ).scans[0]?.status,
    ).toBe('cancelled.by_carrier');
  });

  it('reads the tracking from API answers too, and a missing tracking as not found', () => {
    const hook = fixture('webhook-attempt-fail.json');
    expect(parseAftership({ meta: { code: 200 }, data: { tracking: hook.msg } }).scans).toEqual(
      parseAftership(hook).scans,
    );
    expect(parseAftership({ meta: { code: 200 }, data: hook.msg }).scans).toEqual(parseAftership(hook).scans);
    expect(
      parseAftership({ meta: { code: 4004, message: 'Tracking does not exist.' }, data: {} }).problems,
    ).toMatchObject([{ kind: 'not_found' }]);
  });

  it('converts ISO alpha-3 countries, and names, to alpha-2', () => {
    expect(['USA', 'DEU', 'CHN', 'GBR', 'HKG', 'usa', 'Germany', 'DE'].map(countryOfAftership)).toEqual([
      'US',
      'DE',
      'CN',
      'GB',
      'HK',
      'US',
      'DE',
      'DE',
    ]);
    expect(countryOfAftership('QQQ')).toBeUndefined();
  });

  it('maps every tag and documented subtag onto the closed set', () => {
    for (const tag of [
      'Pending',
      'InfoReceived',
      'InTransit',
      'OutForDelivery',
      'AvailableForPickup',
      'Delivered',
      'AttemptFail',
      'Exception',
      'Expired',
    ]) {
      expect(AFTERSHIP_STATUS_MAP).toHaveProperty(tag);
    }
    for (let n = 1; n <= 13; n++)
      expect(AFTERSHIP_STATUS_MAP).toHaveProperty(`Exception_${String(n).padStart(3, '0')}`);
    for (const entry of Object.values(AFTERSHIP_STATUS_MAP)) expect(isSubstatus(entry.substatus)).toBe(true);
  });
});
