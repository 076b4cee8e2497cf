import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSubstatus } from '../../domain/status.js';
import { buildInterchange, sampleTransaction } from './build-interchange.js';
import { parseX12 } from './parse.js';
import { X12_REASON_MAP } from './reason-map.js';
import { X12_STATUS_MAP } from './status-map.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('X12 214 parse', () => {
  it('reads every transaction of one interchange, each shipment with its own scans', () => {
    const result = parseX12(fixture('one-interchange-three-shipments.edi'));
    expect(result.problems).toEqual([]);
    expect(result.scans.map((s) => [s.trackingNumber, s.status])).toEqual([
      ['PRO7781234', 'out_for_delivery.on_vehicle'],
      ['PRO7781234', 'delivered.standard'],
      ['PRO7781235', 'in_transit.picked_up'],
      ['PRO7781235', 'exception.weather'],
      ['PRO7781236', 'attempt_failed.recipient_absent'],
      ['PRO7781236', 'in_transit.other'],
    ]);
  });

  it('reads the separators from the ISA, whatever they are, with or without line breaks', () => {
    const transactions = [sampleTransaction('PRO1000001'), sampleTransaction('PRO1000002')];
    const usual = parseX12(buildInterchange(transactions));
    expect(usual.problems).toEqual([]);
    expect(usual.scans).toHaveLength(6);
    for (const options of [
      { element: '|', component: '^', segment: '!', lineBreak: '\r\n' },
      { element: '\u001d', component: '\u001f', segment: '\u001c', lineBreak: '' },
      { element: '+', component: ':', segment: "'", lineBreak: '\n\n' },
      // A line break as the terminator, and CRLF files where that leaves a CR behind.
      { element: '*', component: '>', segment: '\n', lineBreak: '' },
      { element: '*', component: '>', segment: '\n', lineBreak: '\r' },
    ]) {
      expect(parseX12(buildInterchange(transactions, options))).toEqual(usual);
    }
  });

  it('keeps the other transactions when one is broken, and says where', () => {
    const result = parseX12(fixture('bad-segments.edi'));
    expect(result.scans.map((s) => s.rawCode)).toEqual(['AF-NS']);
    expect(result.problems.map((p) => p.at)).toEqual([
      'segment 6',
      'segment 8',
      'segment 16',
      'segment 19',
      'segment 21',
      'segment 25',
      'segment 25',
      'segment 26',
      'segment 33',
      'segment 33',
      'segment 34',
      'segment 34',
    ]);
    expect(result.problems[0]?.message).toMatch(/9001.*not an X12 segment/);
    expect(result.problems.find((p) => p.message.includes('ST01'))?.kind).toBe('unsupported');
  });

  it('checks control numbers and counts of SE, GE and IEA without losing scans', () => {
    const text = buildInterchange([sampleTransaction('PRO1000001')])
      .replace('SE*13*0001', 'SE*12*0002')
      .replace('GE*1*417', 'GE*2*418')
      .replace('IEA*1*000000417', 'IEA*1*000000999');
    const result = parseX12(text);
    expect(result.scans).toHaveLength(3);
    expect(result.problems.map((p) => p.message)).toEqual([
      'transaction 0001: SE02 "0002" does not match ST02 "0001"',
      'transaction 0001: SE01 says 12 segments, the transaction has 13',
      'GE02 "418" does not match GS06 "417"',
      'GE01 says 2 transactions, the group has 1',
      'IEA02 "000000999" does not match ISA13 "000000417"',
    ]);
  });

  it('reads times in the code the carrier gave: zones, fixed offsets, numbered offsets, local', () => {
    const at7 = (code: string, place?: string[]) => [
      ['LX', '1'],
      ['AT7', 'X4', 'NS', '', '', '20261120', '0930', code],
      ...(place ? [['MS1', ...place]] : []),
    ];
    const times = (code: string, place?: string[]) => {
      const result = parseX12(buildInterchange([[['B10', 'PRO1', '', 'ABCD'], ...at7(code, place)]]));
      return result.scans.map((s) => [s.occurredAt, s.zone]);
    };
    expect(times('ET')).toEqual([['2026-11-20T09:30:00', 'America/New_York']]);
    expect(times('PS')).toEqual([['2026-11-20T09:30:00-08:00', undefined]]);
    expect(times('UT')).toEqual([['2026-11-20T09:30:00+00:00', undefined]]);
    expect(times('01')).toEqual([['2026-11-20T09:30:00+01:00', undefined]]);
    expect(times('13')).toEqual([['2026-11-20T09:30:00-12:00', undefined]]);
    expect(times('24')).toEqual([['2026-11-20T09:30:00-01:00', undefined]]);
    // LT: the place's zone; Arizona keeps standard time, El Paso is on Mountain time.
    expect(times('LT', ['PHOENIX', 'AZ', 'US'])).toEqual([['2026-11-20T09:30:00', 'America/Phoenix']]);
    expect(times('LT', ['BERLIN', '', 'DE'])).toEqual([['2026-11-20T09:30:00', 'Europe/Berlin']]);
    // No AT707 reads as local time; a three-letter country is read for the US, Canada and Mexico only.
    expect(times('', ['TORONTO', 'ON', 'CAN'])).toEqual([['2026-11-20T09:30:00', 'America/Toronto']]);
    expect(times('', ['BERLIN', '', 'DEU'])).toEqual([]);
    expect(times('LT')).toEqual([]);
  });

  it('takes the place of a delivery scan without MS1 from the consignee, of a pick-up from the shipper', () => {
    const result = parseX12(fixture('local-times.edi'));
    const [pickedUp, , delivered] = result.scans;
    expect(pickedUp?.location).toMatchObject({ city: 'PHOENIX' });
    expect(delivered?.location).toMatchObject({ city: 'FLAGSTAFF' });
    expect(delivered?.zone).toBe('America/Phoenix');
  });

  it('refines the status by the reason code, and keeps both codes raw', () => {
    const scanFor = (code: string, reason: string) =>
      parseX12(
        buildInterchange([
          [
            ['B10', 'PRO1', '', 'ABCD'],
            ['AT7', code, reason, '', '', '20261120', '0930', 'UT'],
          ],
        ]),
      ).scans[0];
    expect(scanFor('X4', 'AO')).toMatchObject({ status: 'exception.weather', rawCode: 'X4-AO' });
    expect(scanFor('AH', 'B1')).toMatchObject({ status: 'attempt_failed.business_closed' });
    expect(scanFor('AV', 'C1')).toMatchObject({ status: 'available_for_pickup.post_office' });
    expect(scanFor('CD', 'NS')).toMatchObject({ status: 'delivered.standard' });
    expect(scanFor('CD', 'A1')).toMatchObject({ status: 'attempt_failed.other' });
    expect(scanFor('CD', 'BS')).toMatchObject({ status: 'exception.refused' });
    expect(scanFor('D1', 'AO')).toMatchObject({ status: 'delivered.standard' });
    // An unknown reason keeps the status code's meaning; an unknown status is kept raw and safe.
    expect(scanFor('X4', 'Q9')).toMatchObject({ status: 'in_transit.other', rawCode: 'X4-Q9' });
    expect(scanFor('Q7', 'NS')).toMatchObject({
      status: 'in_transit.other',
      rawCode: 'Q7-NS',
      unmapped: true,
    });
  });

  it('carries an estimated delivery on the transaction’s scans instead of making it a scan', () => {
    const result = parseX12(fixture('one-interchange-three-shipments.edi'));
    const second = result.scans.filter((s) => s.trackingNumber === 'PRO7781235');
    expect(second.map((s) => s.carrierEstimate)).toEqual(['2026-11-22', '2026-11-22']);
    expect(result.scans.some((s) => s.rawCode?.startsWith('AG'))).toBe(false);
  });

  it('names the carrier by its SCAC, or by Waybill’s id for the carriers it knows', () => {
    const carriers = parseX12(fixture('one-interchange-three-shipments.edi')).scans.map((s) => s.carrier);
    expect(new Set(carriers)).toEqual(new Set(['abcd', 'ups']));
  });

  it('reads several interchanges in one file, each with its own separators', () => {
    const first = buildInterchange([sampleTransaction('PRO1000001')]);
    const second = buildInterchange([sampleTransaction('PRO1000002')], {
      element: '|',
      component: '^',
      segment: '!',
    });
    const result = parseX12(`${first}\r\n${second}`);
    expect(result.problems).toEqual([]);
    expect(new Set(result.scans.map((s) => s.trackingNumber))).toEqual(new Set(['PRO1000001', 'PRO1000002']));
  });

  it('keeps the complete transactions of a truncated file', () => {
    const text = buildInterchange([sampleTransaction('PRO1000001'), sampleTransaction('PRO1000002')]);
    const cut = text.slice(0, text.indexOf('AT7*X6', text.indexOf('PRO1000002')));
    const result = parseX12(cut);
    expect(result.scans.map((s) => s.trackingNumber)).toEqual(['PRO1000001', 'PRO1000001', 'PRO1000001']);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/no IEA segment/),
      expect.stringMatching(/transaction 0002: the file ends before its SE/),
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['a CSV file', 'tracking_number,status\n1Z999,delivered\n'],
    ['a truncated ISA', 'ISA*00*          *00*'],
    ['an ISA with letters as separators', 'ISAA00A          A00A'.padEnd(120, 'A')],
    ['JSON', '{"type":"EPCISDocument"}'],
  ])('answers %s with one problem and no scans', (_name, text) => {
    const result = parseX12(text);
    expect(result.scans).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.kind).toBe('invalid_payload');
  });

  it('answers a payload that is not text with a problem', () => {
    expect(parseX12({ isa: 1 }).problems[0]?.message).toMatch(/text/);
  });

  it('maps every documented status and reason code onto the status model', () => {
    for (const entry of Object.values(X12_STATUS_MAP)) expect(isSubstatus(entry.substatus)).toBe(true);
    for (const entry of Object.values(X12_REASON_MAP))
      for (const substatus of [entry.exception, entry.attempt, entry.movement])
        if (substatus) expect(isSubstatus(substatus)).toBe(true);
  });
});
