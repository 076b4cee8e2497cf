import type { Catalog } from './catalog.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import { ptBR } from './messages/pt-BR.js';

export const CATALOGS = { en, es, de, fr, 'pt-BR': ptBR } as const satisfies Record<string, Catalog>;
export type SupportedLocale = keyof typeof CATALOGS;
export const SUPPORTED_LOCALES = Object.keys(CATALOGS) as SupportedLocale[];

/**
 * The catalog locale for a recipient's BCP 47 tag: exact match, then language (es-MX → es,
 * pt-PT → pt-BR as the only Portuguese), then the fallback.
 */
export function resolveLocale(tag: string, fallback: string = 'en'): SupportedLocale {
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.split(/[-_]/)[0]?.toLowerCase();
  const byLanguage = SUPPORTED_LOCALES.find((locale) => locale.split('-')[0] === language);
  if (byLanguage) return byLanguage;
  return SUPPORTED_LOCALES.find((locale) => locale === fallback) ?? 'en';
}
