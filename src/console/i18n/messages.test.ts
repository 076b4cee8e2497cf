import { describe, expect, it } from 'vitest';

import { LOCALES } from '../../web/i18n/messages.js';
import { consoleCatalog, consoleTranslator } from './messages.js';

describe('the console catalog', () => {
  it('uses the singular where the locale calls the count one', () => {
    const en = consoleTranslator('en');
    expect(en('attention.total', { n: 1 })).toBe('1 open item.');
    expect(en('attention.total', { n: 0 })).toBe('0 open items.');
    expect(en('users.sessions', { n: 2 })).toBe('2 signed-in sessions');
    // French counts zero as one; English does not.
    expect(consoleTranslator('fr')('shipment.attemptsCount', { n: 0 })).toBe('0 tentative');
    expect(consoleTranslator('de')('shipment.detectedHint', { n: 1 })).toBe(
      '1 Versanddienstleister passt zu dieser Nummer.',
    );
  });

  it('has a plural form for every singular, in every locale', () => {
    for (const locale of LOCALES) {
      const catalog = consoleCatalog(locale);
      for (const key of Object.keys(catalog).filter((k) => k.endsWith('.one')))
        expect(Object.hasOwn(catalog, key.slice(0, -'.one'.length)), `${locale} ${key}`).toBe(true);
    }
  });
});
