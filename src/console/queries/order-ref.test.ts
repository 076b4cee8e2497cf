import { describe, expect, it } from 'vitest';

import { orderRefVariants } from './shipment-list.js';

describe('order references as people type them', () => {
  it('finds "#1001" from "1001" and the other way round, in either case', () => {
    expect(orderRefVariants('1001')).toEqual(expect.arrayContaining(['1001', '#1001']));
    expect(orderRefVariants('#1001')).toEqual(expect.arrayContaining(['1001', '#1001']));
    expect(orderRefVariants('so-7')).toEqual(expect.arrayContaining(['SO-7', '#SO-7', 'so-7']));
  });

  it('never looks for an empty reference or a lone "#"', () => {
    expect(orderRefVariants('#')).toEqual([]);
    expect(orderRefVariants('')).toEqual([]);
  });
});
