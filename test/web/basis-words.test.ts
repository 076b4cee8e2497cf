import { describe, expect, it } from 'vitest';

import type { EstimatedDeliveryWindow } from '../../src/domain/shipment.js';
import { translator, type Locale } from '../../src/web/i18n/messages.js';
import type { PageView } from '../../src/web/page-view.js';
import { basisWords } from '../../src/web/render-live.js';

// The customer-facing basis sentence, worded from the estimate's facts in each locale.

function words(locale: Locale, facts: EstimatedDeliveryWindow['basisFacts']): string {
  const view = { locale, t: translator(locale), carrier: { name: 'DHL Paket' } } as unknown as PageView;
  const window: EstimatedDeliveryWindow = {
    earliest: '2026-12-01',
    mostLikely: '2026-12-02',
    latest: '2026-12-03',
    confidence: 0.8,
    basis: 'no delivery history yet: the published DHL Paket service level of 1–2 business days (a default)',
    basisFacts: facts,
    predictedAt: '2026-11-30T08:00:00.000Z',
  };
  return basisWords(view, window);
}

describe('the basis sentence a customer reads', () => {
  it('speaks of the carrier’s usual time, not of defaults, when there is no history', () => {
    expect(words('en', { kind: 'published', lowDays: 1, highDays: 2 })).toBe(
      'DHL Paket usually delivers in 1 to 2 working days.',
    );
    expect(words('de', { kind: 'published', lowDays: 1, highDays: 1 })).toBe(
      'DHL Paket stellt üblicherweise in 1 Werktag zu.',
    );
    expect(words('fr', { kind: 'published', lowDays: 3, highDays: 3 })).toBe(
      'DHL Paket livre habituellement en 3 jours ouvrés.',
    );
  });

  it('does not put a generic range in the mouth of a carrier with no published level', () => {
    const generic = { kind: 'published', lowDays: 2, highDays: 7, generic: true } as const;
    expect(words('en', generic)).toBe(
      'No delivery history yet: parcels usually arrive in 2 to 7 working days.',
    );
    expect(words('de', generic)).toBe(
      'Noch keine Zustellhistorie: Pakete kommen üblicherweise in 2 bis 7 Werktagen an.',
    );
    for (const locale of ['es', 'fr', 'pt-BR'] as const) expect(words(locale, generic)).not.toContain('DHL');
  });

  it('uses the singular for one parcel, in each language’s own rule', () => {
    expect(words('en', { kind: 'history', parcels: 1, scope: 'region' })).toBe(
      'Based on 1 similar parcel to your region.',
    );
    expect(words('es', { kind: 'history', parcels: 1, scope: 'carrier' })).toBe(
      'Según 1 entrega reciente de DHL Paket.',
    );
    expect(words('pt-BR', { kind: 'history', parcels: 2, scope: 'all' })).toBe(
      'Com base em 2 entregas recentes.',
    );
  });

  it('never shows the technical sentence, even for estimates stored before facts existed', () => {
    for (const locale of ['en', 'es', 'de', 'fr', 'pt-BR'] as const) {
      const sentence = words(locale, undefined);
      expect(sentence).not.toContain('default');
      expect(sentence.length).toBeGreaterThan(10);
    }
    expect(words('en', undefined)).toBe('Based on recent deliveries.');
  });
});
