/**
 * How a merchant's customers see Waybill: in emails, texts and on the tracking page. Kept in the
 * tenant's settings under `branding`; every field falls back to a neutral default.
 */
export interface Branding {
  /** The shop's name as customers know it. */
  readonly name: string;
  /** An https URL of the logo, or null for a text-only header. */
  readonly logoUrl: string | null;
  /** `#rrggbb`; the header and buttons. */
  readonly primaryColor: string;
  /** `#rrggbb`; links and highlights. */
  readonly accentColor: string;
  readonly supportEmail: string | null;
  readonly supportPhone: string | null;
  readonly supportUrl: string | null;
}

export const DEFAULT_PRIMARY_COLOR = '#1f3a5f';
export const DEFAULT_ACCENT_COLOR = '#0b6bcb';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** Reads branding out of a tenant's settings object, ignoring anything malformed. */
export function brandingFromSettings(tenantName: string, settings: unknown): Branding {
  const raw = isRecord(settings) && isRecord(settings['branding']) ? settings['branding'] : {};
  const text = (key: string): string | null => {
    const value = raw[key];
    return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
  };
  const color = (key: string, fallback: string): string => {
    const value = text(key);
    return value !== null && HEX_COLOR.test(value) ? value.toLowerCase() : fallback;
  };
  const logo = text('logoUrl');
  return {
    name: text('name') ?? tenantName,
    logoUrl: logo !== null && /^https?:\/\//.test(logo) ? logo : null,
    primaryColor: color('primaryColor', DEFAULT_PRIMARY_COLOR),
    accentColor: color('accentColor', DEFAULT_ACCENT_COLOR),
    supportEmail: text('supportEmail'),
    supportPhone: text('supportPhone'),
    supportUrl: text('supportUrl'),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
