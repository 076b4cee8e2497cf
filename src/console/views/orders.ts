import { html, type Html } from '../../web/html.js';
import type { ListedOrder, OrderPage } from '../queries/order-list.js';
import { when } from './format.js';
import { renderLayout } from './layout.js';
import { parcelSummary, sourceLabel } from './order-parts.js';
import type { ConsoleView } from './view.js';

export function renderOrderList(
  view: ConsoleView,
  input: { q: string; page: OrderPage; attentionCount: number },
): Html {
  const { t } = view;
  return renderLayout(view, {
    title: t('orders.title'),
    section: 'orders',
    attentionCount: input.attentionCount,
    body: html`<h1>${t('orders.title')}</h1>
      <form
        class="card"
        method="get"
        action="/app/orders"
        role="search"
        aria-label="${t('orders.searchLabel')}"
      >
        <div class="field">
          <label for="q">${t('orders.search')}</label>
          <input id="q" name="q" type="search" value="${input.q}" aria-describedby="q-hint" maxlength="200" />
          <p class="hint" id="q-hint">${t('orders.searchHint')}</p>
        </div>
        <p class="actions">
          <button type="submit">${t('search')}</button>
          ${input.q ? html`<a href="/app/orders">${t('clearFilters')}</a>` : ''}
        </p>
      </form>
      ${renderTable(view, input.q, input.page.rows)} ${renderPager(view, input.q, input.page)}`,
  });
}

function renderTable(view: ConsoleView, q: string, rows: readonly ListedOrder[]): Html {
  const { t } = view;
  if (rows.length === 0) return html`<p class="card">${q ? t('orders.noMatch') : t('orders.none')}</p>`;
  return html`<div class="table-wrap" tabindex="0">
    <table id="orders">
      <caption class="vh">
        ${t('orders.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('orders.number')}</th>
          <th scope="col">${t('orders.customer')}</th>
          <th scope="col">${t('orders.source')}</th>
          <th scope="col">${t('orders.parcels')}</th>
          <th scope="col">${t('field.ordered')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ order, parcels }) => {
          const { name, email } = order.customer;
          return html`<tr data-id="${order.id}">
            <td class="nowrap"><a href="/app/orders/${order.id}">${order.orderNumber}</a></td>
            <td>
              ${name ?? ''}${name && email ? html`<br />` : ''}${email ? html`<span class="small muted">${email}</span>` : ''}${!name && !email ? html`<span class="muted">–</span>` : ''}
            </td>
            <td>${sourceLabel(view, order.source)}</td>
            <td>
              ${parcels.length > 0 ? html`${t('orders.parcelCount', { n: parcels.length })}<br />` : ''}
              <span class="small">${parcelSummary(view, parcels)}</span>
            </td>
            <td>${when(view, order.orderedAt)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function renderPager(view: ConsoleView, q: string, page: OrderPage): Html {
  const { t } = view;
  if (!page.next && !page.previous) return html``;
  const link = (key: 'after' | 'before' | null, cursor?: string) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (key && cursor) params.set(key, cursor);
    const query = params.toString();
    return `/app/orders${query ? `?${query}` : ''}`;
  };
  return html`<nav class="pager" aria-label="${t('pages')}">
    ${page.previous ? html`<a href="${link('before', page.previous)}" rel="prev">${t('previousPage')}</a>` : ''}
    ${page.previous ? html`<a href="${link(null)}">${t('firstPage')}</a>` : ''}
    ${page.next ? html`<a href="${link('after', page.next)}" rel="next">${t('nextPage')}</a>` : ''}
  </nav>`;
}
