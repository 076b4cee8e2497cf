import { describe, expect, it } from 'vitest';
import { brandingFromSettings, DEFAULT_PRIMARY_COLOR } from './branding.js';

describe('brandingFromSettings', () => {
  it('falls back to the tenant name and neutral colours when nothing is set', () => {
    const branding = brandingFromSettings('Acme', {});
    expect(branding.name).toBe('Acme');
    expect(branding.primaryColor).toBe(DEFAULT_PRIMARY_COLOR);
    expect(branding.logoUrl).toBeNull();
  });

  it('keeps well-formed values and drops malformed ones', () => {
    const branding = brandingFromSettings('Acme', {
      branding: {
        name: ' Acme Outdoor ',
        primaryColor: '#AABBCC',
        accentColor: 'red; background:url(x)',
        logoUrl: 'javascript:alert(1)',
        supportEmail: 'help@acme.example',
      },
    });
    expect(branding).toMatchObject({
      name: 'Acme Outdoor',
      primaryColor: '#aabbcc',
      logoUrl: null,
      supportEmail: 'help@acme.example',
    });
    expect(branding.accentColor).not.toContain('red');
  });
});
