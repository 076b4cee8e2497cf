import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

describe('detect', () => {
  it('names the carrier, service, check digit, confidence and tracking page', () => {
    expect(detect('1Z5R89390357567127').candidates).toEqual([
      {
        carrier: 'ups',
        carrierName: 'UPS',
        service: 'UPS 1Z',
        formatId: 'ups-1z',
        trackingNumber: '1Z5R89390357567127',
        checkDigit: 'verified',
        confidence: expect.closeTo(1, 2),
        url: 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127',
      },
    ]);
  });

  it('accepts what customers type: spaces, dashes, dots, lower case', () => {
    const detection = detect(' 1z-5r8.939 0357 5671 27 ');
    expect(detection.normalized).toBe('1Z5R89390357567127');
    expect(detection.candidates.map((candidate) => candidate.formatId)).toEqual(['ups-1z']);
  });

  it('lists every carrier that fits, flags the ambiguity, and ranks check digits first', () => {
    // CN…CN is both a China Post S10 item and the shape of a DHL eCommerce number (no check digit).
    const detection = detect('CN123456785CN');
    expect(detection.ambiguous).toBe(true);
    expect(detection.candidates.map((candidate) => [candidate.carrier, candidate.checkDigit])).toEqual([
      ['post-cn', 'verified'],
      ['dhl', 'none'],
    ]);
  });

  it('does not call alternatives of one carrier ambiguous', () => {
    // 20 digits that pass both the USPS 20 rule and the legacy rule with 91 put in front.
    const detection = detect('71969010756003077385');
    expect(detection.candidates.every((candidate) => candidate.carrier === 'usps')).toBe(true);
    expect(detection.ambiguous).toBe(false);
  });

  it('gives a lone generic format with no check digit no more than even odds', () => {
    const [candidate] = detect('12345678901234').candidates.filter(
      (one) => one.formatId === 'dhl-ecommerce-14',
    );
    expect(candidate?.confidence).toBeLessThanOrEqual(0.5);
  });

  it('is surer of a check-digit format than of one without', () => {
    const fedex = detect('986578788855').candidates[0];
    const amazon = detect('TBA502887274000').candidates[0];
    expect(fedex?.checkDigit).toBe('verified');
    expect(amazon?.checkDigit).toBe('none');
    expect(fedex?.confidence).toBeGreaterThan(amazon?.confidence ?? 1);
  });

  it('reports the number without the USPS routing code, and links to that', () => {
    const [candidate] = detect('420 22153 9101026837331000039521').candidates;
    expect(candidate?.formatId).toBe('usps-legacy');
    expect(candidate?.trackingNumber).toBe('9101026837331000039521');
    expect(candidate?.url).toBe(
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9101026837331000039521',
    );
  });

  it('names the postal operator of an S10 number from its country code', () => {
    expect(detect('RR473124829GB').candidates[0]).toMatchObject({
      carrier: 'post-gb',
      carrierName: 'Royal Mail Group plc',
      service: 'UPU S10 registered letter',
      url: null,
    });
    expect(detect('EA123456785US').candidates[0]).toMatchObject({ carrier: 'usps', service: 'UPU S10 EMS' });
  });

  it('rejects an S10 number from a country with no known postal operator', () => {
    expect(detect('RB123456785XX').candidates).toEqual([]);
  });

  it('recognises the carrier simulator offline', () => {
    expect(detect('SIM048213377196').candidates[0]).toMatchObject({
      carrier: 'simulator',
      url: '/track?number=SIM048213377196',
    });
  });

  it('returns no candidates, and does not throw, for input that cannot be a number', () => {
    for (const input of ['', '   ', '1Z#5R8', 'x'.repeat(10_000), '\u0000', 'ß']) {
      expect(detect(input)).toMatchObject({ input, candidates: [], ambiguous: false });
    }
  });
});
