import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSubstatus } from '../../domain/status.js';
import { trackingNumberOfEpc } from './identifiers.js';
import { parseEpcis } from './parse.js';
import { EPCIS_STATUS_MAP } from './status-map.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

const event = (overrides: Record<string, unknown> = {}) => ({
  type: 'ObjectEvent',
  eventTime: '2026-11-20T10:00:00Z',
  eventTimeZoneOffset: '+01:00',
  action: 'OBSERVE',
  epcList: ['WB12345678'],
  bizStep: 'departing',
  ...overrides,
});

describe('EPCIS capture parse', () => {
  it('reads a document, a bare list and a single event alike', () => {
    const one = parseEpcis(event());
    expect(parseEpcis([event()])).toEqual(one);
    const doc = parseEpcis({ type: 'EPCISDocument', epcisBody: { eventList: [event()] } });
    expect(doc.scans).toEqual(one.scans);
    expect(parseEpcis(JSON.stringify(event()))).toEqual(one);
    expect(one.scans).toEqual([
      {
        trackingNumber: 'WB12345678',
        carrier: 'epcis',
        occurredAt: '2026-11-20T11:00:00.000+01:00',
        status: 'in_transit.linehaul',
        rawCode: 'departing',
        rawDescription: 'Departing',
      },
    ]);
  });

  it('keeps the instant of eventTime and writes it in eventTimeZoneOffset', () => {
    const [scan] = parseEpcis(
      event({ eventTime: '2026-11-20T04:00:00-06:00', eventTimeZoneOffset: '-06:00' }),
    ).scans;
    expect(scan?.occurredAt).toBe('2026-11-20T04:00:00.000-06:00');
    const [utc] = parseEpcis(
      event({ eventTime: '2026-11-20T10:00:00Z', eventTimeZoneOffset: '-06:00' }),
    ).scans;
    expect(utc?.occurredAt).toBe('2026-11-20T04:00:00.000-06:00');
    expect(parseEpcis(event({ eventTimeZoneOffset: 'CET' })).problems[0]?.message).toMatch(
      /eventTimeZoneOffset/,
    );
  });

  it('takes the carrier tracking number from an extension before the EPCs', () => {
    const [scan] = parseEpcis(fixture('single-event.json')).scans;
    expect(scan?.trackingNumber).toBe('794461726509');
  });

  it('turns SSCC, SGTIN, GRAI and Digital Link identifiers into numbers with their check digits', () => {
    expect(trackingNumberOfEpc('urn:epc:id:sscc:0614141.1234567890')).toBe('106141412345678908');
    expect(trackingNumberOfEpc('https://id.gs1.org/00/106141412345678908')).toBe('106141412345678908');
    expect(trackingNumberOfEpc('urn:epc:id:sgtin:0614141.112345.400')).toBe('10614141123459400');
    expect(trackingNumberOfEpc('https://id.gs1.org/01/10614141123459/21/400')).toBe('10614141123459400');
    expect(trackingNumberOfEpc('urn:epc:id:grai:0614141.12345.400')).toBe('00614141123452400');
    expect(trackingNumberOfEpc('urn:epc:id:sscc:0614141.12')).toBeUndefined();
    expect(trackingNumberOfEpc('urn:epc:class:lgtin:4012345.012345.998877')).toBeUndefined();
    expect(trackingNumberOfEpc('1Z4F87W20342619083')).toBe('1Z4F87W20342619083');
  });

  it('is delivered when received at the shipment’s destination, in transit when received elsewhere', () => {
    const receiving = { bizStep: 'receiving', bizLocation: { id: 'urn:epc:id:sgln:4012345.00001.0' } };
    const [elsewhere] = parseEpcis(event(receiving)).scans;
    const [there] = parseEpcis(
      event({
        ...receiving,
        destinationList: [{ type: 'location', destination: 'urn:epc:id:sgln:4012345.00001.0' }],
      }),
    ).scans;
    expect(elsewhere?.status).toBe('in_transit.destination_facility');
    expect(there?.status).toBe('delivered.standard');
  });

  it('lets a damaged, stolen or returned disposition override the business step', () => {
    const statuses = ['damaged', 'stolen', 'returned', 'in_transit'].map(
      (disposition) => parseEpcis(event({ bizStep: 'arriving', disposition })).scans[0]?.status,
    );
    expect(statuses).toEqual([
      'exception.damaged',
      'exception.lost',
      'return_to_sender.initiated',
      'in_transit.other',
    ]);
  });

  it('keeps an unknown business step raw and marks it unmapped', () => {
    const [scan] = parseEpcis(event({ bizStep: 'https://example.com/steps/cross-docking' })).scans;
    expect(scan).toMatchObject({
      status: 'in_transit.other',
      unmapped: true,
      rawCode: 'https://example.com/steps/cross-docking',
    });
  });

  it('places a scan with the document’s master data for its GLN', () => {
    const result = parseEpcis(fixture('document-with-master-data.json'));
    expect(result.scans[0]?.location).toEqual({
      city: 'Memphis',
      region: 'TN',
      postalCode: '38118',
      country: 'US',
    });
    expect(result.scans[1]?.location).toEqual({ city: 'Köln', postalCode: '50667', country: 'DE' });
  });

  it('reports other event types as unsupported and broken events as invalid, with a JSON pointer', () => {
    const result = parseEpcis({
      type: 'EPCISDocument',
      epcisBody: {
        eventList: [event(), { type: 'TransformationEvent' }, event({ eventTime: 'yesterday' }), 42],
      },
    });
    expect(result.scans).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'unsupported', at: '/epcisBody/eventList/1' }),
      expect.objectContaining({
        kind: 'invalid_payload',
        at: '/epcisBody/eventList/2',
        trackingNumber: 'WB12345678',
      }),
      expect.objectContaining({ kind: 'invalid_payload', at: '/epcisBody/eventList/3' }),
    ]);
  });

  it.each([
    ['truncated JSON', '{"type":"EPCISDocument","epcisBody":{"eventList":[{"type"'],
    ['a document without events', { type: 'EPCISDocument', epcisBody: {} }],
    ['a number', 42],
    ['null', null],
    ['an object of another kind', { hello: 'world' }],
  ])('answers %s with one problem', (_name, payload) => {
    const result = parseEpcis(payload);
    expect(result.scans).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'invalid_payload' })]);
  });

  it('maps every CBV business step and disposition onto the status model', () => {
    expect(Object.keys(EPCIS_STATUS_MAP)).toHaveLength(41 + 33);
    for (const entry of Object.values(EPCIS_STATUS_MAP)) expect(isSubstatus(entry.substatus)).toBe(true);
  });
});
