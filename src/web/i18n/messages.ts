import { de } from './de.js';
import { en, type MessageKey, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ptBR } from './pt-BR.js';

/** The locales of the page, the same as the notifications'. */
export const LOCALES = ['en', 'es', 'de', 'fr', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOG: Record<Locale, Messages> = { en, es, de, fr, 'pt-BR': ptBR };

/** Scripts written right to left; none of ours today, but the layout and `dir` are ready for them. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return RTL.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The message in that locale with {placeholders} filled; values are text, escaped by the html tag later. */
export function translator(locale: Locale): Translate {
  const messages = CATALOG[locale];
  return (key, values) => fillPlaceholders(messages[key], values);
}

/** `{name}` → values.name; unknown names stay as written. Shared with the console's catalog. */
export function fillPlaceholders(text: string, values?: Record<string, string | number>): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * Picks the locale from Accept-Language (RFC 9110 quality values): an exact match first, then the
 * language alone ("pt" → pt-BR, "de-AT" → de). English when nothing fits.
 */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'en';
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.tag.length > 0 && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split('-')[0];
    const byLanguage = LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (byLanguage) return byLanguage;
  }
  return 'en';
}

export type { MessageKey };
