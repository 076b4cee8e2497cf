import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCENT_COLOR, DEFAULT_PRIMARY_COLOR, type Branding } from '../domain/branding.js';
import { translator } from './i18n/messages.js';
import { renderSupport } from './render-page.js';

const branding: Branding = {
  name: 'Acme Parcels',
  logoUrl: null,
  primaryColor: DEFAULT_PRIMARY_COLOR,
  accentColor: DEFAULT_ACCENT_COLOR,
  supportEmail: null,
  supportPhone: null,
  supportUrl: null,
};
const t = translator('en');

describe('renderSupport', () => {
  it('has no "Need help?" card when the shop gave no way to reach it', () => {
    expect(renderSupport({ branding, t }).value).toBe('');
    // A support URL that is not http(s) is not shown, so it does not count either.
    expect(renderSupport({ branding: { ...branding, supportUrl: 'javascript:alert(1)' }, t }).value).toBe('');
  });

  it('shows each contact the shop gave', () => {
    const card = renderSupport({
      branding: { ...branding, supportEmail: 'help@acme.example', supportPhone: '+44 20 7946 0000' },
      t,
    }).value;
    expect(card).toContain('Need help?');
    expect(card).toContain('mailto:help@acme.example');
    expect(card).toContain('tel:+442079460000');
  });
});
