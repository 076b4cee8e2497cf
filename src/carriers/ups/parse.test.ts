import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeItem } from '../../ingest/normalize.js';
import { parseUps } from './parse.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

const activity = (status: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  trackResponse: {
    shipment: [
      {
        inquiryNumber: '1Z4F87W20342619083',
        package: [
          {
            trackingNumber: '1Z4F87W20342619083',
            activity: [
              {
                date: '20250311',
                time: '091500',
                gmtOffset: '-05:00',
                location: { address: { city: 'Columbus', stateProvince: 'OH', countryCode: 'US' } },
                status,
                ...extra,
              },
            ],
          },
        ],
      },
    ],
  },
});

describe('parseUps', () => {
  it('a voided label names the billing scan it voids, by the key the pipeline gives that scan', () => {
    const { scans } = parseUps(fixture('local-times-voided-label'));
    const [billing, voided] = scans;
    const stored = normalizeItem(
      { ...billing!, tenantId: 't', source: { adapter: 'ups', mode: 'pull' } },
      new Date('2026-01-01'),
    );
    expect(stored.ok && stored.scan.event.dedupeKey).toBe(voided!.corrects);
    expect(voided!.status).toBe('cancelled.by_retailer');
  });

  it('keeps local date and time with UPS’s own offset', () => {
    const [scan] = parseUps(activity({ type: 'I', statusCode: '005' })).scans;
    expect(scan!.occurredAt).toBe('2025-03-11T09:15:00-05:00');
    expect(scan!.zone).toBeUndefined();
  });

  it('a local time with no offset at all gets the zone of its place', () => {
    const [scan] = parseUps(activity({ type: 'I', statusCode: '005' }, { gmtOffset: undefined })).scans;
    expect(scan).toMatchObject({ occurredAt: '2025-03-11T09:15:00', zone: 'America/New_York' });
  });

  it('reads a status code sent as a number or without its leading zeros', () => {
    expect(parseUps(activity({ statusCode: 11 })).scans[0]).toMatchObject({
      status: 'delivered.standard',
      rawCode: '011',
    });
  });

  it('an unknown status code with a known type maps by the type; with neither it is unmapped and kept raw', () => {
    expect(
      parseUps(activity({ type: 'X', statusCode: '555', description: 'Damaged' })).scans[0],
    ).toMatchObject({
      status: 'exception.damaged',
      rawCode: '555',
    });
    const [unknown] = parseUps(activity({ type: 'Q', statusCode: '555', description: 'New' })).scans;
    expect(unknown).toMatchObject({ status: 'in_transit.other', rawCode: '555', unmapped: true });
  });

  it('type D is a delivery even when the code says otherwise', () => {
    expect(parseUps(activity({ type: 'D', statusCode: '003' })).scans[0]!.status).toBe('delivered.standard');
  });

  it('an error body is a not-found problem, not a throw', () => {
    expect(parseUps(fixture('not-found'))).toEqual({
      scans: [],
      problems: [
        { kind: 'not_found', message: '151044: No tracking information available', at: '/response/errors/0' },
      ],
    });
  });

  it('an impossible date is a problem for that activity only', () => {
    const result = parseUps(activity({ type: 'I', statusCode: '005' }, { date: '20250230' }));
    expect(result.scans).toEqual([]);
    expect(result.problems[0]).toMatchObject({
      kind: 'invalid_payload',
      at: '/trackResponse/shipment/0/package/0/activity/0',
    });
  });
});
