import { DEFAULT_ACCENT_COLOR, DEFAULT_PRIMARY_COLOR, type Branding } from '../domain/branding.js';
import { readableOnWhite, textOn } from './contrast.js';
import { PAGE_CSS } from './assets/page-css.js';
import { PAGE_SCRIPT_PATH } from './assets/paths.js';
import { html, trustedHtml, type Html } from './html.js';
import { LOCALES, translator, type Locale } from './i18n/messages.js';
import { en } from './i18n/en.js';
import { de } from './i18n/de.js';
import { es } from './i18n/es.js';
import { fr } from './i18n/fr.js';
import { ptBR } from './i18n/pt-BR.js';

const NAMES: Record<Locale, string> = {
  en: en.languageName,
  es: es.languageName,
  de: de.languageName,
  fr: fr.languageName,
  'pt-BR': ptBR.languageName,
};

export interface ShellInput {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly branding: Branding | null;
  /** Path the language links point at (the same page in another language). */
  readonly path: string;
  /** CSP nonce of the inline style. */
  readonly nonce: string;
  readonly head?: Html;
  readonly body: Html;
  readonly bodyData?: Html;
}

/** The document around every public page: head, brand header, language switcher, footer. */
export function renderShell(input: ShellInput): Html {
  const t = translator(input.locale);
  const brand = input.branding;
  // Brand colours go in as CSS custom properties; brandingFromSettings only lets #rrggbb through.
  const colours = brand
    ? `:root{--brand:${brand.primaryColor};--on-brand:${textOn(brand.primaryColor)};--brand-ink:${readableOnWhite(brand.primaryColor, DEFAULT_PRIMARY_COLOR)};--accent:${readableOnWhite(brand.accentColor, DEFAULT_ACCENT_COLOR)}}`
    : '';
  return html`<!doctype html>
    <html lang="${input.locale}" dir="${input.dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title}</title>
        <meta name="robots" content="noindex" />
        <meta name="theme-color" content="${brand?.primaryColor ?? '#1f3a5f'}" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
        <style nonce="${input.nonce}">
          ${trustedHtml(PAGE_CSS + colours)}
        </style>
        ${input.head ?? ''}
        <script src="${PAGE_SCRIPT_PATH}" defer></script>
      </head>
      <body ${input.bodyData ?? ''}>
        <a class="skip" href="#main">${t('skipToContent')}</a>
        <header class="masthead">
          <div class="wrap bar">
            ${
              brand
                ? brand.logoUrl
                  ? html`<img class="logo" src="${brand.logoUrl}" alt="${brand.name}" height="40" />`
                  : html`<span class="shop">${brand.name}</span>`
                : html`<span class="shop">Waybill</span>`
            }
            <nav aria-label="${t('language')}" class="langs">
              <ul>
                ${LOCALES.map(
                  (locale) =>
                    html`<li>
                      <a
                        href="${input.path}?lang=${locale}"
                        lang="${locale}"
                        hreflang="${locale}"
                        ${locale === input.locale ? html`aria-current="true"` : ''}
                        >${NAMES[locale]}</a
                      >
                    </li>`,
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">${input.body}</main>
        <footer class="wrap muted small"><p>${t('poweredBy')}</p></footer>
      </body>
    </html>`;
}
