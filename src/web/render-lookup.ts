import { html, type Html } from './html.js';
import { directionOf, translator, type Locale } from './i18n/messages.js';
import { renderShell } from './render-shell.js';

export interface LookupState {
  readonly locale: Locale;
  readonly nonce: string;
  readonly number?: string;
  readonly order?: string;
  readonly secret?: string;
  /** Shown above the forms: not found, rate limited, wrong verification. */
  readonly error?: { readonly form: 'number' | 'order'; readonly text: string };
  /** Several shops track this number: links to each one's page. */
  readonly choices?: readonly { readonly shop: string; readonly href: string }[];
}

/** /track: a tracking number alone, or the order number with an email address or postcode. */
export function renderLookup(state: LookupState): Html {
  const t = translator(state.locale);
  const error = (form: 'number' | 'order') =>
    state.error?.form === form
      ? html`<p id="${form}-error" class="notice error" role="alert" tabindex="-1">${state.error.text}</p>`
      : '';
  const invalid = (form: 'number' | 'order') =>
    state.error?.form === form ? html`aria-invalid="true" aria-describedby="${form}-error"` : '';
  const body = html`<h1>${t('lookupTitle')}</h1>
    ${
      state.choices
        ? html`<section class="card" aria-labelledby="choose-title">
            <h2 id="choose-title">${t('lookupChooseShop')}</h2>
            <ul>
              ${state.choices.map((choice) => html`<li><a href="${choice.href}">${choice.shop}</a></li>`)}
            </ul>
          </section>`
        : ''
    }
    <section class="card" aria-labelledby="by-number">
      <h2 id="by-number">${t('trackingNumber')}</h2>
      <p>${t('lookupIntro')}</p>
      ${error('number')}
      <form method="post" action="/track" class="stack">
        <label for="number">${t('trackingNumber')}</label>
        <input
          id="number"
          name="number"
          required
          maxlength="64"
          autocomplete="off"
          spellcheck="false"
          value="${state.number ?? ''}"
          ${invalid('number')}
        />
        <button type="submit">${t('lookupButton')}</button>
      </form>
    </section>
    <section class="card" aria-labelledby="by-order">
      <h2 id="by-order">${t('orderNumber')}</h2>
      <p>${t('lookupOrderIntro')}</p>
      ${error('order')}
      <form method="post" action="/track" class="stack">
        <label for="order">${t('orderNumber')}</label>
        <input
          id="order"
          name="order"
          required
          maxlength="64"
          autocomplete="off"
          value="${state.order ?? ''}"
          ${invalid('order')}
        />
        <label for="secret">${t('emailOrPostcode')}</label>
        <input
          id="secret"
          name="secret"
          required
          maxlength="254"
          autocomplete="email"
          value="${state.secret ?? ''}"
          ${invalid('order')}
        />
        <button type="submit">${t('verifyButton')}</button>
      </form>
    </section>`;
  return renderShell({
    locale: state.locale,
    dir: directionOf(state.locale),
    title: t('lookupTitle'),
    branding: null,
    path: '/track',
    nonce: state.nonce,
    body,
  });
}

export function renderNotFound(locale: Locale, nonce: string): Html {
  const t = translator(locale);
  return renderShell({
    locale,
    dir: directionOf(locale),
    title: t('notFoundTitle'),
    branding: null,
    path: '/track',
    nonce,
    body: html`<h1>${t('notFoundTitle')}</h1>
      <p>${t('notFoundText')}</p>
      <p><a class="button" href="/track">${t('lookupTitle')}</a></p>`,
  });
}
