import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../render.js';
import type { ShipmentFacts } from './compose.js';
import { composeConfirmation } from './confirmation.js';
import { SUPPORTED_LOCALES } from './locales.js';

const parcel = (number: string, estimate = true): ShipmentFacts => ({
  branding: {
    name: 'Kaffeehaus',
    logoUrl: null,
    primaryColor: '#123456',
    accentColor: '#aa3300',
    supportEmail: 'hilfe@kaffeehaus.example',
    supportPhone: null,
    supportUrl: null,
  },
  carrierName: 'UPS',
  trackingNumber: number,
  trackingUrl: 'https://track.example.com/o/ORDERTOKEN',
  estimate: estimate
    ? {
        mostLikely: '2026-11-27',
        earliest: '2026-11-27',
        latest: '2026-11-28',
        confidence: 0.8,
        basis: 'test',
        predictedAt: '2026-11-26T08:00:00.000Z',
      }
    : null,
  lastEventAt: null,
  status: 'pending',
  destination: { city: 'Berlin', country: 'DE' },
  orderRef: '#1001',
});

describe('composeConfirmation', () => {
  it('names the order in the subject, in every locale, for one parcel and for several', () => {
    expect(composeConfirmation([parcel('1Z1')], '#1001', 'en', 'Europe/Berlin').subject).toBe(
      'Your order #1001 is on its way',
    );
    expect(composeConfirmation([parcel('1Z1'), parcel('1Z2')], '#1001', 'en', 'Europe/Berlin').subject).toBe(
      '2 parcels of your order #1001 are on their way',
    );
    for (const locale of SUPPORTED_LOCALES)
      for (const parcels of [[parcel('1Z1')], [parcel('1Z1'), parcel('1Z2', false), parcel('1Z3')]]) {
        const content = composeConfirmation(parcels, '#1001', locale, 'Europe/Berlin');
        const words = [
          content.subject,
          content.headline,
          ...content.paragraphs,
          ...content.lines,
          content.sms,
        ];
        for (const text of words) expect(text, `${locale}: ${text}`).not.toMatch(/[{}]/);
        expect(content.subject, locale).toContain('#1001');
        expect(content.sms, locale).toContain('Kaffeehaus');
        expect(content.footer, locale).toContain('#1001');
      }
  });

  it('lists every parcel once, with its carrier and number, whatever their count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_LOCALES),
        fc.array(fc.boolean(), { minLength: 2, maxLength: 12 }),
        (locale, estimates) => {
          const parcels = estimates.map((estimate, i) =>
            parcel(`1ZTEST${String(i).padStart(4, '0')}`, estimate),
          );
          const content = composeConfirmation(parcels, '#77', locale, 'America/New_York');
          expect(content.lines).toHaveLength(parcels.length);
          content.lines.forEach((line, i) => {
            expect(line).toContain(parcels[i]!.trackingNumber);
            expect(line).toContain('UPS');
          });
          expect(content.subject).toContain(String(parcels.length));
          expect(content.details).toEqual([]);
        },
      ),
    );
  });

  it('renders an email with one ParcelDelivery per parcel and the order page as the one link', () => {
    const message = renderMessage({
      idempotencyKey: 'k',
      recipient: {
        id: 'r',
        tenantId: 't',
        shipmentId: 's',
        channel: 'email',
        address: 'kunde@example.de',
        details: {},
        locale: 'de-AT',
        timeZone: 'Europe/Vienna',
      },
      topics: ['s1', 's2'].map((shipmentId) => ({
        topic: 'shipping_confirmation' as const,
        event: {
          type: 'shipment.created' as const,
          payload: { shipmentId, status: 'pending' as const, substatus: 'pending.registered' as const },
        },
        at: '2026-11-26T09:00:00.000Z',
      })),
      facts: parcel('1Z1'),
      unsubscribeUrl: 'https://track.example.com/u/TOKEN',
      now: new Date('2026-11-26T09:00:00.000Z'),
      defaultLocale: 'en',
      fallbackZone: 'Europe/Berlin',
      confirmation: { orderNumber: '#1001', parcels: [parcel('1Z1'), parcel('1Z2', false)] },
    });
    expect(message.subject).toBe('2 Pakete Ihrer Bestellung #1001 sind unterwegs');
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(message.html ?? '')?.[1];
    const cards = JSON.parse(script ?? 'null') as Record<string, unknown>[];
    expect(cards.map((c) => [c['@type'], c['trackingNumber'], c['expectedArrivalUntil']])).toEqual([
      ['ParcelDelivery', '1Z1', '2026-11-28'],
      ['ParcelDelivery', '1Z2', undefined],
    ]);
    expect(message.text).toContain('Bestellung verfolgen: https://track.example.com/o/ORDERTOKEN');
    expect(message.html).not.toContain('/t/');
  });
});
