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
  const plural = new Intl.PluralRules(locale);
  return (key, values) => {
    // A count of one takes the `.one` form where the catalog has one ("1 open item").
    const n = values?.['n'];
    const one = `${key}.one`;
    if (typeof n === 'number' && plural.select(n) === 'one' && Object.hasOwn(messages, one))
      return fillPlaceholders(messages[one as ConsoleKey], values);
    return Object.hasOwn(messages, key)
      ? fillPlaceholders(messages[key as ConsoleKey], values)
      : page(key as PageKey, values);
  };
}

export function consoleCatalog(locale: Locale): ConsoleMessages {
  return CATALOG[locale];
}

export type { ConsoleKey };
