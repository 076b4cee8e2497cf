import { describe, expect, it } from 'vitest';

import { LEVELS, laneKeysOf, type Lane } from './lane.js';

function lane(
  destination: Lane['destination'],
  origin: Lane['origin'] = { country: 'BR', region: 'SP' },
): Lane {
  return { carrier: 'correios', service: 'sedex', origin, destination };
}

describe('lane keys', () => {
  it('goes down to the route when both ends have postal codes, read by their first three characters', () => {
    const keys = laneKeysOf(
      lane(
        { country: 'BR', region: 'RJ', postalCode: '22041-001' },
        { country: 'BR', region: 'SP', postalCode: '01310' },
      ),
    );
    expect(keys).toHaveLength(LEVELS.length);
    const same = laneKeysOf(
      lane(
        { country: 'br', region: 'rj', postalCode: '22099' },
        { country: 'BR', region: 'SP', postalCode: '013-99' },
      ),
    );
    expect(same).toEqual(keys);
    const otherArea = laneKeysOf(
      lane(
        { country: 'BR', region: 'RJ', postalCode: '28000' },
        { country: 'BR', region: 'SP', postalCode: '01310' },
      ),
    );
    expect(otherArea.slice(0, 6)).toEqual(keys.slice(0, 6));
    expect(otherArea[6]).not.toBe(keys[6]);
  });

  it('uses the city where there is no postal code, and stops at the lane when there is neither', () => {
    const byCity = laneKeysOf(
      lane({ country: 'IN', region: 'KA', city: 'Hosur' }, { country: 'IN', region: 'TN' }),
    );
    expect(byCity).toHaveLength(LEVELS.indexOf('area') + 1);
    expect(
      laneKeysOf(lane({ country: 'IN', region: 'KA', city: ' HOSUR ' }, { country: 'IN', region: 'TN' })),
    ).toEqual(byCity);
    // A city named like a postal prefix is not mistaken for one.
    expect(
      laneKeysOf(lane({ country: 'IN', region: 'KA', city: '560' }, { country: 'IN', region: 'TN' }))[6],
    ).not.toBe(
      laneKeysOf(
        lane({ country: 'IN', region: 'KA', postalCode: '560001' }, { country: 'IN', region: 'TN' }),
      )[6],
    );
    expect(laneKeysOf(lane({ country: 'IN', region: 'KA' }))).toHaveLength(LEVELS.indexOf('lane') + 1);
  });

  it('keeps the separator out of the parts, so different lanes never share a key', () => {
    const a = laneKeysOf(lane({ country: 'US', region: 'A|B', city: 'C' }));
    const b = laneKeysOf(lane({ country: 'US', region: 'A', city: 'B|C' }));
    expect(a.at(-1)).not.toBe(b.at(-1));
  });
});
