import { html, type Html } from '../../../web/html.js';
import { csrfField } from '../layout.js';
import { number, when } from '../format.js';
import type { ApiLimits } from '../../../http/rate-limits/policy.js';
import type { ConsoleView } from '../view.js';

export interface ApiKeyRow {
  readonly id: string;
  readonly prefix: string;
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

export function renderApiKeys(
  view: ConsoleView,
  keys: readonly ApiKeyRow[],
  limits: ApiLimits,
  created?: { key: string; label: string },
): Html {
  const { t } = view;
  const perMinute = (n: number) => (n === 0 ? t('keys.unlimited') : number(view, n, 0));
  return html`${
      created
        ? html`<section class="card flash ok" aria-labelledby="new-key-title">
            <h3 id="new-key-title">${t('keys.created', { label: created.label })}</h3>
            <p>${t('keys.shownOnce')}</p>
            <p class="key" id="new-key">${created.key}</p>
          </section>`
        : ''
    }
    <form class="card actions" method="post" action="/app/settings/api-keys">
      ${csrfField(view)}
      <div>
        <label for="key-label">${t('keys.label')}</label>
        <input id="key-label" name="label" type="text" maxlength="100" required />
      </div>
      <button type="submit">${t('keys.create')}</button>
    </form>
    <div class="table-wrap" tabindex="0">
      <table>
        <caption>
          ${t('settings.api-keys')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('keys.label')}</th>
            <th scope="col">${t('keys.prefix')}</th>
            <th scope="col">${t('field.created')}</th>
            <th scope="col">${t('keys.lastUsed')}</th>
            <th scope="col">${t('field.status')}</th>
            <th scope="col"><span class="vh">${t('field.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${keys.map(
            (k) =>
              html`<tr>
                <td>${k.label}</td>
                <td><code>${k.prefix}…</code></td>
                <td>${when(view, k.createdAt)}</td>
                <td>
                  ${k.lastUsedAt ? when(view, k.lastUsedAt) : html`<span class="muted">${t('keys.never')}</span>`}
                </td>
                <td>
                  ${k.revokedAt ? html`<span class="bad">${t('keys.revoked')}</span> ${when(view, k.revokedAt)}` : t('keys.active')}
                </td>
                <td>
                  ${
                    k.revokedAt
                      ? ''
                      : html`<form
                          method="post"
                          action="/app/settings/api-keys/${k.id}/revoke"
                          data-confirm="${t('keys.confirmRevoke')}"
                        >
                          ${csrfField(view)}<button type="submit" class="danger">${t('keys.revoke')}</button>
                        </form>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="muted" id="key-limits">
      ${t('keys.limits', { reads: perMinute(limits.reads), writes: perMinute(limits.writes), imports: perMinute(limits.imports) })}
    </p>`;
}
