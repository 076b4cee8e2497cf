import { fillPlaceholders, type Locale } from '../../web/i18n/messages.js';
import { translator as pageTranslator, type MessageKey as PageKey } from '../../web/i18n/messages.js';
import { de } from './de.js';
import { en, type ConsoleKey, type ConsoleMessages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ptBR } from './pt-BR.js';

// The console's words in the tracking page's five locales. Status names are the page's own
// (`status.*`), so a status reads the same to the merchant as to the customer.

const CATALOG: Record<Locale, ConsoleMessages> = { en, es, de, fr, 'pt-BR': ptBR };

export type ConsoleTranslate = (
  key: ConsoleKey | PageKey,
  values?: Record<string, string | number>,
) => string;

export function consoleTranslator(locale: Locale): ConsoleTranslate {
  const messages = CATALOG[locale];
  const page = pageTranslator(locale);
  return (key, values) =>
    Object.hasOwn(messages, key)
      ? fillPlaceholders(messages[key as ConsoleKey], values)
      : page(key as PageKey, values);
}

export function consoleCatalog(locale: Locale): ConsoleMessages {
  return CATALOG[locale];
}

export type { ConsoleKey };
