import { html, type Html } from '../../web/html.js';
import { LOCALES } from '../../web/i18n/messages.js';
import { CONSOLE_CSS_PATH, CONSOLE_SCRIPT_PATH } from '../assets/paths.js';
import { consoleCatalog } from '../i18n/messages.js';
import { can } from '../roles.js';
import type { ConsoleView } from './view.js';

export type Section =
  'home' | 'shipments' | 'orders' | 'attention' | 'analytics' | 'settings' | 'account' | 'none';

export interface LayoutInput {
  readonly title: string;
  readonly section: Section;
  readonly body: Html;
  /** The queue's size, shown beside "Needs attention". */
  readonly attentionCount?: number | undefined;
  /** data-* attributes on <body> that the script reads (live updates). */
  readonly bodyData?: Html | undefined;
}

/** The document around every console page: header with navigation, main, language links. */
export function renderLayout(view: ConsoleView, input: LayoutInput): Html {
  const { t, me } = view;
  const item = (section: Section, href: string, label: string, extra?: Html) =>
    html`<li>
      <a href="${href}" ${input.section === section ? html`aria-current="page"` : ''}
        >${label}${extra ?? ''}</a
      >
    </li>`;
  return html`<!doctype html>
    <html lang="${view.locale}" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title} · Waybill</title>
        <meta name="robots" content="noindex" />
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="${CONSOLE_CSS_PATH}" />
        <script src="${CONSOLE_SCRIPT_PATH}" defer></script>
      </head>
      <body ${input.bodyData ?? ''} data-updated-words="${t('live.updated')}">
        <a class="skip" href="#main">${t('skipToContent')}</a>
        <header class="topbar">
          <div class="wrap">
            <a class="product" href="/app">Waybill</a>
            ${me ? html`<span class="tenant">${me.tenantName}</span>` : ''}
            ${
              me
                ? html`<nav aria-label="${t('nav.label')}">
                      <ul>
                        ${item('home', '/app', t('nav.home'))}
                        ${item('shipments', '/app/shipments', t('nav.shipments'))}
                        ${item('orders', '/app/orders', t('nav.orders'))}
                        ${item(
                          'attention',
                          '/app/attention',
                          t('nav.attention'),
                          input.attentionCount
                            ? html` <span class="badge" data-attention-count
                                ><span class="vh">(</span>${input.attentionCount}<span class="vh"
                                  >)</span
                                ></span
                              >`
                            : html`<span data-attention-count></span>`,
                        )}
                        ${item('analytics', '/app/analytics', t('nav.analytics'))}
                        ${
                          can(me.role, 'manage')
                            ? item('settings', '/app/settings', t('nav.settings'))
                            : item('settings', '/app/settings/carriers', t('nav.settings'))
                        }
                      </ul>
                    </nav>
                    <div class="me">
                      <a href="/app/account"
                        >${me.name} <span class="small">(${t(`role.${me.role}`)})</span></a
                      >
                      <form class="inline" method="post" action="/app/logout">
                        <input type="hidden" name="_csrf" value="${view.csrf}" />
                        <button type="submit">${t('signOut')}</button>
                      </form>
                    </div>`
                : ''
            }
          </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">${input.body}</main>
        <div id="live-status" role="status" aria-live="polite" class="vh"></div>
        <footer class="wrap">
          <nav aria-label="${t('language')}">
            <ul>
              ${LOCALES.map(
                (locale) =>
                  html`<li>
                    <a
                      href="${view.path}?lang=${locale}"
                      lang="${locale}"
                      hreflang="${locale}"
                      ${locale === view.locale ? html`aria-current="true"` : ''}
                      >${consoleCatalog(locale).languageName}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
        </footer>
      </body>
    </html>`;
}

/** The hidden CSRF field every form carries. */
export function csrfField(view: ConsoleView): Html {
  return html`<input type="hidden" name="_csrf" value="${view.csrf}" />`;
}

export type Flash = { readonly kind: 'ok' | 'bad' | 'info'; readonly text: string };

export function renderFlash(flash: Flash | undefined): Html {
  if (!flash) return html``;
  return html`<p class="flash ${flash.kind}" role="${flash.kind === 'bad' ? 'alert' : 'status'}">
    ${flash.text}
  </p>`;
}
