import { html, type Html } from '../../web/html.js';
import type { ConsoleKey } from '../i18n/messages.js';
import type { OrderDetail } from '../queries/order-detail.js';
import { carrierName, day, placeText, statusPill, when, windowText } from './format.js';
import { renderLayout } from './layout.js';
import { parcelSummary, sourceLabel } from './order-parts.js';
import type { ConsoleView } from './view.js';

export interface OrderPageInput {
  readonly detail: OrderDetail;
  /** The customer's page for the whole order (`/o/<token>` on the public base URL). */
  readonly customerPageUrl: string;
  readonly attentionCount: number;
}

const CONTEXT_LABELS: Record<string, ConsoleKey> = {
  sender: 'context.sender',
  subject: 'context.subject',
  forwardedBy: 'context.forwardedBy',
};

export function renderOrderPage(view: ConsoleView, input: OrderPageInput): Html {
  const { t } = view;
  const { order } = input.detail;
  return renderLayout(view, {
    title: `${order.orderNumber} · ${t('order.title')}`,
    section: 'orders',
    attentionCount: input.attentionCount,
    body: html`<p class="small"><a href="/app/orders">${t('order.back')}</a></p>
      <h1>${t('order.title')} ${order.orderNumber}</h1>
      <div class="two">
        <div>${renderSummary(view, input)} ${renderParcels(view, input.detail)}</div>
        <div>${renderCustomer(view, input.detail)} ${renderContext(view, input.detail)}</div>
      </div>`,
  });
}

function renderSummary(view: ConsoleView, input: OrderPageInput): Html {
  const { t } = view;
  const { order, parcels } = input.detail;
  return html`<section class="card" aria-labelledby="summary-title">
    <h2 id="summary-title">${t('order.summary')}</h2>
    <p>${parcelSummary(view, parcels)}</p>
    <dl class="facts">
      <dt>${t('orders.source')}</dt>
      <dd>${sourceLabel(view, order.source)}</dd>
      ${
        order.sourceRef
          ? html`<dt>${t('order.sourceRef')}</dt>
              <dd><code>${order.sourceRef}</code></dd>`
          : ''
      }
      <dt>${t('field.ordered')}</dt>
      <dd>${when(view, order.orderedAt)}</dd>
      ${
        order.promisedDate
          ? html`<dt>${t('field.promised')}</dt>
              <dd>${day(view, order.promisedDate)}</dd>`
          : ''
      }
      <dt>${t('field.created')}</dt>
      <dd>${when(view, order.createdAt)}</dd>
      <dt>${t('order.updated')}</dt>
      <dd>${when(view, order.updatedAt)}</dd>
      <dt>${t('order.page')}</dt>
      <dd>
        <a href="${input.customerPageUrl}" target="_blank" rel="noopener">${input.customerPageUrl}</a>
        <br /><span class="small muted">${t('order.pageHint')}</span>
      </dd>
    </dl>
  </section>`;
}

function renderParcels(view: ConsoleView, detail: OrderDetail): Html {
  const { t } = view;
  const { parcels } = detail;
  return html`<section class="card" aria-labelledby="parcels-title">
    <h2 id="parcels-title">${t('order.parcels')} (${parcels.length})</h2>
    ${
      parcels.length === 0
        ? html`<p class="muted">${t('order.noParcels')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table id="parcels">
              <caption class="vh">
                ${t('order.parcelsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('field.trackingNumber')}</th>
                  <th scope="col">${t('field.carrier')}</th>
                  <th scope="col">${t('field.status')}</th>
                  <th scope="col">${t('field.estimate')}</th>
                  <th scope="col">${t('order.lastPlace')}</th>
                </tr>
              </thead>
              <tbody>
                ${parcels.map((s) => {
                  const place = placeText(s);
                  return html`<tr data-id="${s.id}">
                    <td><a href="/app/shipments/${s.id}">${s.trackingNumber}</a></td>
                    <td>
                      ${carrierName(s.carrier, s.trackingNumber)}${s.service ? html`<br /><span class="small muted">${s.service}</span>` : ''}
                    </td>
                    <td>
                      ${statusPill(view, s.status)}
                      ${s.stalled ? html`<span class="pill warn">${t('flag.stalled')}</span>` : ''}
                    </td>
                    <td>${windowText(view, s.estimate)}</td>
                    <td>
                      ${place || html`<span class="muted">–</span>`}${s.lastEventAt ? html`<br /><span class="small muted">${when(view, s.lastEventAt)}</span>` : ''}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

function renderCustomer(view: ConsoleView, detail: OrderDetail): Html {
  const { t } = view;
  const { customer, consent } = detail.order;
  const known = [customer.name, customer.email, customer.phone, customer.locale].some(Boolean);
  const channels = (['email', 'sms'] as const).flatMap((channel) => {
    const given: unknown = consent[channel];
    if (given === null || typeof given !== 'object') return [];
    const { text, at } = given as { text?: unknown; at?: unknown };
    return typeof text === 'string' ? [{ channel, text, at: typeof at === 'string' ? at : null }] : [];
  });
  return html`<section class="card" aria-labelledby="customer-title">
      <h2 id="customer-title">${t('order.customer')}</h2>
      ${
        known
          ? html`<dl class="facts">
              ${
                customer.name
                  ? html`<dt>${t('field.name')}</dt>
                      <dd>${customer.name}</dd>`
                  : ''
              }
              ${
                customer.email
                  ? html`<dt>${t('field.email')}</dt>
                      <dd>${customer.email}</dd>`
                  : ''
              }
              ${
                customer.phone
                  ? html`<dt>${t('order.phone')}</dt>
                      <dd>${customer.phone}</dd>`
                  : ''
              }
              ${
                customer.locale
                  ? html`<dt>${t('order.locale')}</dt>
                      <dd>${customer.locale}</dd>`
                  : ''
              }
            </dl>`
          : html`<p class="muted">${t('order.noCustomer')}</p>`
      }
    </section>
    <section class="card" aria-labelledby="consent-title">
      <h2 id="consent-title">${t('order.consent')}</h2>
      ${
        channels.length === 0
          ? html`<p>${t('order.consentNone')}</p>`
          : html`<dl class="facts">
              ${channels.map(
                (c) =>
                  html`<dt>${t(`channel.${c.channel}`)}</dt>
                    <dd>
                      <q>${c.text}</q>
                      ${c.at ? html`<br /><span class="small muted">${t('order.consentAt')} ${when(view, c.at)}</span>` : ''}
                    </dd>`,
              )}
            </dl>`
      }
    </section>`;
}

function renderContext(view: ConsoleView, detail: OrderDetail): Html {
  const { t } = view;
  // Written by each source as it likes: only plain values are shown.
  const context: unknown = detail.order.context;
  const entries = Object.entries(context !== null && typeof context === 'object' ? context : {}).filter(
    ([, value]) => typeof value === 'string' || typeof value === 'number',
  );
  return html`<section class="card" aria-labelledby="context-title">
    <h2 id="context-title">${t('order.context')}</h2>
    ${
      entries.length === 0
        ? html`<p class="muted">${t('order.noContext')}</p>`
        : html`<dl class="facts">
            ${entries.map(([key, value]) => {
              const label = Object.hasOwn(CONTEXT_LABELS, key) ? CONTEXT_LABELS[key] : undefined;
              return html`<dt>${label ? t(label) : html`<code>${key}</code>`}</dt>
                <dd>${String(value)}</dd>`;
            })}
          </dl>`
    }
  </section>`;
}
