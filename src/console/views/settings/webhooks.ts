import type { WebhookDelivery } from '../../../notify/webhooks/delivery-store.js';
import type { WebhookEndpoint } from '../../../notify/webhooks/endpoint-store.js';
import { WEBHOOK_EVENT_TYPES } from '../../../notify/webhooks/event-types.js';
import { html, type Html } from '../../../web/html.js';
import { csrfField } from '../layout.js';
import { when } from '../format.js';
import type { ConsoleView } from '../view.js';

export function renderWebhooks(
  view: ConsoleView,
  input: {
    endpoints: readonly WebhookEndpoint[];
    dead: readonly WebhookDelivery[];
    created?: { url: string; secret: string };
    error?: string;
  },
): Html {
  const { t } = view;
  return html`${
      input.created
        ? html`<section class="card flash ok" aria-labelledby="secret-title">
            <h3 id="secret-title">${t('webhooks.created', { url: input.created.url })}</h3>
            <p>${t('webhooks.secretOnce')}</p>
            <p class="key">${input.created.secret}</p>
          </section>`
        : ''
    }
    <form class="card" method="post" action="/app/settings/webhooks">
      ${csrfField(view)}
      <h3>${t('webhooks.add')}</h3>
      ${input.error ? html`<p class="error" role="alert" id="endpoint-url-error">${input.error}</p>` : ''}
      <div class="field">
        <label for="endpoint-url">${t('webhooks.url')}</label>
        <input
          id="endpoint-url"
          name="url"
          type="url"
          required
          maxlength="2000"
          placeholder="https://"
          ${input.error ? html`aria-invalid="true" aria-describedby="endpoint-url-error"` : ''}
        />
      </div>
      <div class="field">
        <label for="endpoint-description">${t('field.description')}</label>
        <input id="endpoint-description" name="description" type="text" maxlength="200" />
      </div>
      <fieldset>
        <legend>${t('webhooks.events')}</legend>
        <label class="check"
          ><input type="checkbox" name="events" value="*" checked /> ${t('webhooks.allEvents')}</label
        >
        ${WEBHOOK_EVENT_TYPES.map((type) => html`<label class="check"><input type="checkbox" name="events" value="${type}" /> <code>${type}</code></label>`)}
      </fieldset>
      <button type="submit">${t('webhooks.addButton')}</button>
    </form>
    <div class="table-wrap" tabindex="0">
      <table>
        <caption>
          ${t('settings.webhooks')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('webhooks.url')}</th>
            <th scope="col">${t('webhooks.events')}</th>
            <th scope="col">${t('field.status')}</th>
            <th scope="col">${t('field.created')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            input.endpoints.length === 0
              ? html`<tr>
                  <td colspan="4">${t('webhooks.none')}</td>
                </tr>`
              : input.endpoints.map(
                  (e) =>
                    html`<tr>
                      <td>
                        <a href="/app/settings/webhooks/${e.id}">${e.url}</a
                        >${e.description ? html`<br /><span class="small muted">${e.description}</span>` : ''}
                      </td>
                      <td class="small">${e.events.join(', ')}</td>
                      <td>
                        ${e.enabled ? html`<span class="ok">${t('webhooks.enabled')}</span>` : html`<span class="bad">${t('webhooks.disabled')}</span><br /><span class="small">${e.disabledReason ?? ''}</span>`}
                      </td>
                      <td>${when(view, e.createdAt)}</td>
                    </tr>`,
                )
          }
        </tbody>
      </table>
    </div>
    <h3>${t('webhooks.deadLetters', { n: input.dead.length })}</h3>
    ${
      input.dead.length === 0
        ? html`<p class="muted">${t('webhooks.noDeadLetters')}</p>`
        : html`<form method="post" action="/app/settings/webhooks/dead-letters/replay">
              ${csrfField(view)}<button type="submit">${t('webhooks.replayAll')}</button>
            </form>
            ${renderDeliveries(view, input.dead, { replay: true, link: 'shipment' })}`
    }`;
}

export function renderDeliveries(
  view: ConsoleView,
  deliveries: readonly WebhookDelivery[],
  options: { replay: boolean; link: 'shipment' | 'endpoint' },
): Html {
  const { t } = view;
  if (deliveries.length === 0) return html`<p class="muted">${t('webhooks.noDeliveries')}</p>`;
  return html`<div class="table-wrap" tabindex="0">
    <table>
      <caption class="vh">
        ${t('webhooks.deliveries')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('field.created')}</th>
          <th scope="col">${t('field.event')}</th>
          <th scope="col">${t('field.outcome')}</th>
          <th scope="col">${options.link === 'shipment' ? t('field.shipment') : t('field.endpoint')}</th>
          ${options.replay ? html`<th scope="col"><span class="vh">${t('field.actions')}</span></th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${deliveries.map(
          (d) =>
            html`<tr>
              <td>
                ${when(view, d.createdAt)}<br /><span class="small muted"><code>${d.webhookId}</code></span>
              </td>
              <td>${d.eventType}</td>
              <td>
                ${t(`delivery.${d.state}`)} · ${t('shipment.attemptsCount', { n: d.attempts })}
                ${d.lastStatusCode !== null ? html` · HTTP ${d.lastStatusCode}` : ''}
                ${d.lastError ? html`<br /><span class="small bad">${d.lastError}</span>` : ''}
              </td>
              <td>
                ${
                  options.link === 'endpoint'
                    ? html`<a href="/app/settings/webhooks/${d.endpointId}">${d.endpointId}</a>`
                    : d.shipmentId
                      ? html`<a href="/app/shipments/${d.shipmentId}">${d.shipmentId}</a>`
                      : '–'
                }
              </td>
              ${
                options.replay
                  ? html`<td>
                      ${
                        d.state === 'dead'
                          ? html`<form
                              method="post"
                              action="/app/settings/webhooks/dead-letters/${d.id}/replay"
                            >
                              ${csrfField(view)}<button type="submit" class="secondary">
                                ${t('webhooks.replay')}
                              </button>
                            </form>`
                          : ''
                      }
                    </td>`
                  : ''
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderEndpoint(
  view: ConsoleView,
  endpoint: WebhookEndpoint,
  deliveries: readonly WebhookDelivery[],
  counts: Readonly<Record<string, number>>,
): Html {
  const { t } = view;
  return html`<p><a href="/app/settings/webhooks">${t('webhooks.back')}</a></p>
    <section class="card">
      <h3>${endpoint.url}</h3>
      <dl class="facts">
        <dt>${t('field.status')}</dt>
        <dd>
          ${endpoint.enabled ? t('webhooks.enabled') : html`${t('webhooks.disabled')} · ${endpoint.disabledReason ?? ''}`}
        </dd>
        <dt>${t('webhooks.events')}</dt>
        <dd>${endpoint.events.join(', ')}</dd>
        <dt>${t('webhooks.counts')}</dt>
        <dd>
          ${
            Object.entries(counts)
              .map(([state, n]) => `${t(`delivery.${state as 'pending'}`)}: ${n}`)
              .join(' · ') || '–'
          }
        </dd>
      </dl>
      <div class="actions">
        <form method="post" action="/app/settings/webhooks/${endpoint.id}">
          ${csrfField(view)}
          <input type="hidden" name="enabled" value="${endpoint.enabled ? '0' : '1'}" />
          <button type="submit" class="secondary">
            ${endpoint.enabled ? t('webhooks.disable') : t('webhooks.enable')}
          </button>
        </form>
        <form method="post" action="/app/settings/webhooks/dead-letters/replay">
          ${csrfField(view)}<input type="hidden" name="endpointId" value="${endpoint.id}" />
          <button type="submit" class="secondary">${t('webhooks.replayAll')}</button>
        </form>
        <form
          method="post"
          action="/app/settings/webhooks/${endpoint.id}/delete"
          data-confirm="${t('webhooks.confirmDelete')}"
        >
          ${csrfField(view)}<button type="submit" class="danger">${t('webhooks.delete')}</button>
        </form>
      </div>
    </section>
    <h3>${t('webhooks.deliveries')}</h3>
    ${renderDeliveries(view, deliveries, { replay: true, link: 'shipment' })}`;
}
