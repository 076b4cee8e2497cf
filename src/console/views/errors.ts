import { html, type Html } from '../../web/html.js';
import { renderLayout } from './layout.js';
import type { ConsoleView } from './view.js';

export type ErrorKind =
  'bad_request' | 'forbidden' | 'not_found' | 'rate_limited' | 'cross_site' | 'internal';

/** A whole page for a refused or failed request, in the person's language. */
export function renderError(view: ConsoleView, kind: ErrorKind, detail?: string): Html {
  const { t } = view;
  return renderLayout(view, {
    title: t(`error.${kind}.title`),
    section: 'none',
    body: html`<section class="card narrow">
      <h1>${t(`error.${kind}.title`)}</h1>
      <p>${t(`error.${kind}.text`)}</p>
      ${detail ? html`<p class="muted">${detail}</p>` : ''}
      <p><a href="/app">${t('backHome')}</a></p>
    </section>`,
  });
}

export const ERROR_STATUS: Record<ErrorKind, number> = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  cross_site: 403,
  internal: 500,
};
