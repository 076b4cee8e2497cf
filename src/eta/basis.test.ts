import { describe, expect, it } from 'vitest';

import { basisFactsOf, basisOf, withThousands, type BasisInput } from './basis.js';
import type { LevelSupport } from './hierarchy.js';
import { LEVELS, type Level } from './lane.js';
import { serviceLevelOf } from './service-levels.js';

const lane = { carrier: 'ups', service: 'ground', destination: { country: 'BR', region: 'SP' } };

/** Support where `level` carries most of the weight with `count` deliveries. */
function restingOn(level: Level, count: number): Pick<BasisInput, 'support' | 'priorShare'> {
  const support: LevelSupport[] = LEVELS.map((name) => ({
    effective: name === level ? count : 0,
    count: name === level ? count : 0,
    share: name === level ? 0.9 : 0.02,
  }));
  return { support, priorShare: 0 };
}

function basis(input: Partial<BasisInput> & Pick<BasisInput, 'support' | 'priorShare'>): string {
  return basisOf({
    lane,
    serviceLevel: serviceLevelOf('ups', 'ground'),
    milestone: 'shipped',
    blended: [],
    ...input,
  });
}

describe('the plain-words basis', () => {
  it('names the deliveries it rests on, with thousands separated', () => {
    expect(basis(restingOn('region', 1240))).toBe('based on 1,240 similar UPS Ground shipments to this area');
    expect(basis(restingOn('lane', 1))).toBe('based on 1 similar UPS Ground shipment on this route');
    expect(basis(restingOn('country', 52))).toBe('based on 52 UPS Ground shipments to Brazil');
    expect(basis(restingOn('all', 9000))).toBe('based on 9,000 delivered shipments of all carriers');
  });

  it('says when there is no history and the published service level stands in', () => {
    const none = LEVELS.map(() => ({ effective: 0, count: 0, share: 0 }));
    expect(basis({ support: none, priorShare: 1 })).toBe(
      'no delivery history yet: the published UPS Ground service level of 1–5 business days (a default)',
    );
    // A carrier id the table does not know (a typo, a local courier) is not given a published level.
    expect(
      basis({
        support: none,
        priorShare: 1,
        lane: { ...lane, carrier: 'nosuch' },
        serviceLevel: serviceLevelOf('nosuch'),
      }),
    ).toBe(
      'no delivery history yet, and no published service level for this carrier: a typical 2–7 business days (a default)',
    );
  });

  it('says which milestone it counts from and which estimates it weighed', () => {
    expect(
      basis({
        ...restingOn('lane', 80),
        milestone: 'destination_facility',
        blended: [
          { source: 'carrier', weight: 0.4 },
          { source: 'promise', weight: 0.01 },
        ],
      }),
    ).toBe(
      "based on 80 similar UPS Ground shipments on this route, timed from arrival at the destination facility, weighed against the carrier's own estimate",
    );
  });

  it("gives the same basis as facts a page can word in the customer's language", () => {
    const serviceLevel = serviceLevelOf('ups', 'ground');
    expect(basisFactsOf({ ...restingOn('route', 31), serviceLevel })).toEqual({
      kind: 'history',
      parcels: 31,
      scope: 'area',
    });
    expect(basisFactsOf({ ...restingOn('lane', 80), serviceLevel })).toMatchObject({ scope: 'region' });
    expect(basisFactsOf({ ...restingOn('country', 5), serviceLevel })).toMatchObject({ scope: 'country' });
    expect(basisFactsOf({ ...restingOn('service', 5), serviceLevel })).toMatchObject({ scope: 'carrier' });
    expect(basisFactsOf({ ...restingOn('all', 5), serviceLevel })).toMatchObject({ scope: 'all' });
    const none = LEVELS.map(() => ({ effective: 0, count: 0, share: 0 }));
    expect(basisFactsOf({ support: none, priorShare: 1, serviceLevel })).toEqual({
      kind: 'published',
      lowDays: 1,
      highDays: 5,
    });
    expect(basisFactsOf({ support: none, priorShare: 1, serviceLevel: serviceLevelOf('nosuch') })).toEqual({
      kind: 'published',
      lowDays: 2,
      highDays: 7,
      generic: true,
    });
  });

  it('formats large counts', () => {
    expect(withThousands(1_000_000)).toBe('1,000,000');
    expect(withThousands(999)).toBe('999');
  });
});
