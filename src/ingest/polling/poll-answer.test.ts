import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CarrierScan } from '../../carriers/carrier.js';
import { answersByNumber } from './poll-answer.js';

const scan = (overrides: Partial<CarrierScan> = {}): CarrierScan => ({
  trackingNumber: 'AB12345',
  carrier: 'acme',
  occurredAt: '2026-11-25T08:00:00Z',
  status: 'in_transit.linehaul',
  rawCode: 'DP',
  ...overrides,
});

describe('answers by number', () => {
  it('takes status and time from the newest scan, reading local times in the scan’s zone', () => {
    const answers = answersByNumber(['AB12345'], {
      scans: [
        scan({
          occurredAt: '2026-11-25T10:00:00',
          zone: 'Europe/Berlin',
          status: 'out_for_delivery',
          rawCode: 'OD',
        }),
        scan({ occurredAt: '2026-11-25T08:30:00Z', status: 'in_transit', rawCode: 'AR' }),
      ],
      problems: [],
    });
    // 10:00 in Berlin is 09:00 UTC: newer than 08:30 UTC.
    expect(answers.get('AB12345')).toMatchObject({
      known: true,
      status: 'out_for_delivery',
      lastEventAt: '2026-11-25T09:00:00.000Z',
      deliveredAt: null,
    });
  });

  it('a number the carrier does not know is not known; one it simply has nothing for is', () => {
    const answers = answersByNumber(['AB00001', 'AB00002'], {
      scans: [],
      problems: [{ kind: 'not_found', message: 'unknown', trackingNumber: 'ab-00001' }],
    });
    expect(answers.get('AB00001')).toMatchObject({ known: false, status: undefined });
    expect(answers.get('AB00002')).toMatchObject({ known: true, status: undefined });
  });

  it('property: the digest ignores the order of scans and changes when a scan is added', () => {
    const arbitraryScan = fc.record({
      minute: fc.integer({ min: 0, max: 59 }),
      code: fc.constantFrom('PU', 'DP', 'AR', 'OD', 'DL'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryScan, {
          minLength: 1,
          maxLength: 8,
          selector: (s) => `${s.minute}${s.code}`,
        }),
        (parts) => {
          const scans = parts.map((p) =>
            scan({ occurredAt: `2026-11-25T08:${String(p.minute).padStart(2, '0')}:00Z`, rawCode: p.code }),
          );
          const digest = (list: CarrierScan[]) =>
            answersByNumber(['AB12345'], { scans: list, problems: [] }).get('AB12345')!.digest;
          expect(digest([...scans].reverse())).toBe(digest(scans));
          expect(digest(scans.slice(1))).not.toBe(digest(scans));
        },
      ),
    );
  });
});
