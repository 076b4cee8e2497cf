import { html, type Html } from '../../../web/html.js';
import type { AuditRecord } from '../../audit.js';
import { when } from '../format.js';
import type { ConsoleView } from '../view.js';

export function renderAuditLog(
  view: ConsoleView,
  entries: readonly AuditRecord[],
  next: string | null,
): Html {
  const { t } = view;
  return html`<div class="table-wrap" tabindex="0">
      <table>
        <caption>
          ${t('settings.audit')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('audit.when')}</th>
            <th scope="col">${t('audit.who')}</th>
            <th scope="col">${t('audit.what')}</th>
            <th scope="col">${t('audit.target')}</th>
            <th scope="col">${t('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (e) =>
              html`<tr>
                <td>${when(view, e.at)}</td>
                <td>${e.actor}${e.ip ? html`<br /><span class="small muted">${e.ip}</span>` : ''}</td>
                <td>
                  ${t(`audit.${e.action}` as never)}<br /><span class="small muted"
                    ><code>${e.action}</code></span
                  >
                </td>
                <td>
                  ${
                    e.targetType === 'shipment' && e.targetId
                      ? html`<a href="/app/shipments/${e.targetId}">${e.targetId}</a>`
                      : e.targetId
                        ? html`<span class="small">${e.targetType}: ${e.targetId}</span>`
                        : '–'
                  }
                </td>
                <td class="small">${Object.keys(e.detail).length > 0 ? JSON.stringify(e.detail) : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${next ? html`<p class="pager"><a href="/app/settings/audit?cursor=${next}" rel="next">${t('nextPage')}</a></p>` : ''}`;
}
