import { describe, expect, it } from 'vitest';
import { isSubstatus } from '../../domain/status.js';
import { SIMULATOR_RAW_CODES, SIMULATOR_STATUS_MAP, substatusOfSimulatorCode } from './status-map.js';

describe('SIMULATOR_STATUS_MAP', () => {
  it('maps every raw code onto a substatus of the closed model, with carrier wording', () => {
    for (const code of SIMULATOR_RAW_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(isSubstatus(SIMULATOR_STATUS_MAP[code].substatus)).toBe(true);
      expect(SIMULATOR_STATUS_MAP[code].text.length).toBeGreaterThan(3);
      expect(substatusOfSimulatorCode(code)).toBe(SIMULATOR_STATUS_MAP[code].substatus);
    }
  });

  it('covers the whole journey the issue describes', () => {
    const substatuses = new Set(SIMULATOR_RAW_CODES.map((code) => SIMULATOR_STATUS_MAP[code].substatus));
    for (const needed of [
      'info_received.label_created',
      'in_transit.picked_up',
      'in_transit.origin_facility',
      'in_transit.linehaul',
      'in_transit.destination_facility',
      'in_transit.customs',
      'in_transit.delayed',
      'out_for_delivery.on_vehicle',
      'attempt_failed.recipient_absent',
      'exception.address_issue',
      'exception.customs_hold',
      'exception.lost',
      'return_to_sender.initiated',
      'return_to_sender.delivered',
      'delivered.standard',
    ] as const) {
      expect(substatuses).toContain(needed);
    }
  });

  it('turns an unknown code into a generic in-transit scan instead of throwing', () => {
    expect(substatusOfSimulatorCode('ZZ')).toBe('in_transit.other');
    expect(substatusOfSimulatorCode('toString')).toBe('in_transit.other');
  });
});
