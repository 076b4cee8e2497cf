import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { formatDeliveryDays } from './calendar/delivery-days.js';
import {
  GENERIC_SERVICE_LEVEL,
  publishedServiceLevels,
  serviceLevelOf,
  transitDaysFrom,
} from './service-levels.js';

const docs = readFileSync(new URL('../../docs/eta.md', import.meta.url), 'utf8');
/** The docs' table rows as trimmed cells, whatever padding the formatter chose. */
const documentedRows = docs
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
      .join(' | '),
  );

function row(
  carrier: string,
  service: string,
  name: string,
  days: string,
  transit: readonly number[],
): string {
  return [carrier, service, name, days, transit.join(' / ')].join(' | ');
}

describe('published service levels', () => {
  it('are documented in docs/eta.md exactly as the code uses them', () => {
    for (const { carrier, service, level } of publishedServiceLevels()) {
      const line = row(
        `\`${carrier}\``,
        service ? `\`${service}\`` : '(any other)',
        level.name,
        formatDeliveryDays(level.deliveryDays),
        level.transitDays,
      );
      expect(documentedRows, line).toContain(line);
    }
    const generic = GENERIC_SERVICE_LEVEL;
    expect(documentedRows).toContain(
      row('any other', '', '(generic)', formatDeliveryDays(generic.deliveryDays), generic.transitDays),
    );
  });

  it('fall back from service to carrier to the generic level', () => {
    expect(serviceLevelOf('UPS', 'Next Day Air').name).toBe('UPS Next Day Air');
    expect(serviceLevelOf('ups', 'something new').name).toBe('UPS');
    expect(serviceLevelOf('acme-couriers')).toBe(GENERIC_SERVICE_LEVEL);
  });

  it('leave less time after later milestones', () => {
    const ground = serviceLevelOf('ups', 'ground');
    const typical = (milestone: Parameters<typeof transitDaysFrom>[0]): number =>
      transitDaysFrom(milestone, ground)[1];
    expect(typical('purchase')).toBeGreaterThan(typical('shipped'));
    expect(typical('shipped')).toBeGreaterThan(typical('destination_facility'));
    expect(typical('destination_facility')).toBeGreaterThan(typical('out_for_delivery'));
  });
});
