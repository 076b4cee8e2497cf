import type { CarrierAdapter } from '../../../carriers/carrier.js';
import type { CarrierHealth } from '../../../ingest/polling/health.js';
import type { UnmappedCode } from '../../../store/repositories/unmapped-codes.js';
import { html, type Html } from '../../../web/html.js';
import { percent, when } from '../format.js';
import type { ConsoleView } from '../view.js';

export function renderCarriers(
  view: ConsoleView,
  input: {
    adapters: readonly [string, CarrierAdapter][];
    accounts: ReadonlySet<string>;
    health: ReadonlyMap<string, CarrierHealth>;
    unmapped: readonly UnmappedCode[];
  },
): Html {
  const { t } = view;
  return html`<p class="muted">${t('carriers.intro')}</p>
    <div class="table-wrap" tabindex="0">
      <table>
        <caption>
          ${t('settings.carriers')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('field.carrier')}</th>
            <th scope="col">${t('carriers.how')}</th>
            <th scope="col">${t('carriers.account')}</th>
            <th scope="col">${t('carriers.circuit')}</th>
            <th scope="col" class="num">${t('carriers.errorRate')}</th>
            <th scope="col">${t('carriers.lastSuccess')}</th>
            <th scope="col">${t('carriers.lastError')}</th>
            <th scope="col" class="num">${t('carriers.unmapped')}</th>
          </tr>
        </thead>
        <tbody>
          ${input.adapters.map(([id, adapter]) => {
            const health = input.health.get(id);
            const caps = adapter.manifest.capabilities;
            const how = [caps.pull ? t('carriers.pull') : '', caps.push ? t('carriers.push') : '']
              .filter(Boolean)
              .join(', ');
            const unmapped = input.unmapped.filter((u) => u.carrier === id).reduce((n, u) => n + u.count, 0);
            const needsAccount = caps.pull || adapter.verifyWebhook !== undefined;
            return html`<tr>
              <th scope="row">${adapter.manifest.name} <span class="small muted">(${id})</span></th>
              <td>${how}</td>
              <td>
                ${input.accounts.has(id) ? html`<span class="ok">${t('carriers.configured')}</span>` : needsAccount ? html`<span class="muted">${t('carriers.notConfigured')}</span>` : t('carriers.noAccountNeeded')}
              </td>
              <td>
                ${health ? html`<span class="${health.breaker === 'closed' ? 'ok' : 'bad'}">${t(`breaker.${health.breaker}`)}</span>` : '–'}
              </td>
              <td class="num">${health ? percent(view, health.errorRate) : '–'}</td>
              <td>${health?.lastSuccessAt ? when(view, health.lastSuccessAt) : '–'}</td>
              <td>
                ${health?.lastErrorAt ? html`${when(view, health.lastErrorAt)}<br /><span class="small bad">${health.lastError ?? ''}</span>` : '–'}
              </td>
              <td class="num">${unmapped}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="small muted">${t('carriers.howToConfigure')}</p>`;
}
