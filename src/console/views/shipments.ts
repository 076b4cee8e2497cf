import { STATUSES } from '../../domain/status.js';
import { html, type Html } from '../../web/html.js';
import type { ListedShipment, ShipmentPage } from '../queries/shipment-list.js';
import { ACTORS, FLAGS, filterParams, type ShipmentFilter, type Sort } from '../queries/shipment-filter.js';
import { CARRIER_OPTIONS } from './carrier-options.js';
import { carrierName, day, placeText, statusPill, when, windowText } from './format.js';
import { renderFlash, renderLayout, type Flash } from './layout.js';
import type { ConsoleView } from './view.js';

export function renderShipmentList(
  view: ConsoleView,
  input: { filter: ShipmentFilter; page: ShipmentPage; attentionCount: number; flash?: Flash | undefined },
): Html {
  const { t } = view;
  const { filter, page } = input;
  const params = filterParams(filter);
  const csv = `/app/shipments.csv${params.size > 0 ? `?${params}` : ''}`;
  return renderLayout(view, {
    title: t('shipments.title'),
    section: 'shipments',
    attentionCount: input.attentionCount,
    bodyData: html`data-live="list"`,
    body: html`<h1>${t('shipments.title')}</h1>
      ${renderFlash(input.flash)} ${renderFilters(view, filter)}
      <p class="actions">
        <a class="button secondary" href="${csv}" download>${t('exportCsv')}</a>
        <span class="muted small" data-new-rows hidden
          >${t('shipments.newRows')} <a href="/app/shipments?${params.toString()}">${t('refresh')}</a></span
        >
      </p>
      ${renderTable(view, filter, page.rows)} ${renderPager(view, params, page)}`,
  });
}

function renderFilters(view: ConsoleView, filter: ShipmentFilter): Html {
  const { t } = view;
  const checked = (on: boolean) => (on ? html`checked` : '');
  const selected = (on: boolean) => (on ? html`selected` : '');
  // On a phone the filters would push the list a screen down: they fold away unless one is in use.
  const active =
    filter.statuses.length +
    filter.flags.length +
    filter.carriers.length +
    [filter.actor, filter.service, filter.from, filter.to].filter(Boolean).length +
    (filter.archived === 'exclude' ? 0 : 1) +
    (filter.sort === 'newest' ? 0 : 1);
  return html`<form
    class="card"
    method="get"
    action="/app/shipments"
    role="search"
    aria-label="${t('shipments.filters')}"
  >
    <div class="field">
      <label for="q">${t('shipments.search')}</label>
      <input id="q" name="q" type="search" value="${filter.q}" aria-describedby="q-hint" maxlength="254" />
      <p class="hint" id="q-hint">${t('shipments.searchHint')}</p>
    </div>
    <details class="more-filters" ${active > 0 ? html`open` : ''}>
      <summary>
        ${t('shipments.moreFilters')}${active > 0 ? html` · ${t('shipments.activeFilters', { n: active })}` : ''}
      </summary>
      <div class="filters">
        <fieldset>
          <legend>${t('field.status')}</legend>
          ${STATUSES.map(
            (status) =>
              html`<label class="check"
                ><input
                  type="checkbox"
                  name="status"
                  value="${status}"
                  ${checked(filter.statuses.includes(status))}
                />
                ${t(`status.${status}`)}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t('shipments.flags')}</legend>
          ${FLAGS.map(
            (flag) =>
              html`<label class="check"
                ><input type="checkbox" name="flag" value="${flag}" ${checked(filter.flags.includes(flag))} />
                ${t(`flag.${flag}`)}</label
              >`,
          )}
          <label for="actor">${t('shipments.whoMustAct')}</label>
          <select id="actor" name="actor">
            <option value="">${t('any')}</option>
            ${ACTORS.map((actor) => html`<option value="${actor}" ${selected(filter.actor === actor)}>${t(`actor.${actor}`)}</option>`)}
          </select>
        </fieldset>
        <div>
          <label for="carrier">${t('field.carrier')}</label>
          <select id="carrier" name="carrier">
            <option value="">${t('any')}</option>
            ${CARRIER_OPTIONS.map(
              (c) =>
                html`<option value="${c.id}" ${selected(filter.carriers.includes(c.id))}>${c.name}</option>`,
            )}
          </select>
          <label for="service">${t('field.service')}</label>
          <input id="service" name="service" type="text" value="${filter.service}" maxlength="60" />
          <label for="from">${t('shipments.createdFrom')}</label>
          <input id="from" name="from" type="date" value="${filter.from}" />
          <label for="to">${t('shipments.createdTo')}</label>
          <input id="to" name="to" type="date" value="${filter.to}" />
        </div>
        <div>
          <label for="archived">${t('shipments.archived')}</label>
          <select id="archived" name="archived">
            <option value="exclude" ${selected(filter.archived === 'exclude')}>
              ${t('archived.exclude')}
            </option>
            <option value="include" ${selected(filter.archived === 'include')}>
              ${t('archived.include')}
            </option>
            <option value="only" ${selected(filter.archived === 'only')}>${t('archived.only')}</option>
          </select>
          <label for="sort">${t('shipments.sort')}</label>
          <select id="sort" name="sort">
            ${(['newest', 'oldest', 'number'] as const).map(
              (sort) =>
                html`<option value="${sort}" ${selected(filter.sort === sort)}>${t(`sort.${sort}`)}</option>`,
            )}
          </select>
        </div>
      </div>
    </details>
    <p class="actions">
      <button type="submit">${t('apply')}</button>
      <a href="/app/shipments">${t('clearFilters')}</a>
    </p>
  </form>`;
}

function sortHeader(view: ConsoleView, filter: ShipmentFilter, label: string, sort: Sort | null): Html {
  if (sort === null) return html`<th scope="col">${label}</th>`;
  const params = filterParams(filter);
  // Clicking the sorted "created" header flips it; other headers sort by themselves.
  const target: Sort = sort === 'newest' ? (filter.sort === 'newest' ? 'oldest' : 'newest') : sort;
  if (target === 'newest') params.delete('sort');
  else params.set('sort', target);
  const active =
    sort === 'newest' ? filter.sort === 'newest' || filter.sort === 'oldest' : filter.sort === sort;
  const direction = filter.sort === 'oldest' || filter.sort === 'number' ? 'ascending' : 'descending';
  return html`<th scope="col" ${active ? html`aria-sort="${direction}"` : ''}>
    <a href="/app/shipments?${params.toString()}"
      >${label}<span aria-hidden="true">${active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span></a
    >
  </th>`;
}

function renderTable(view: ConsoleView, filter: ShipmentFilter, rows: readonly ListedShipment[]): Html {
  const { t } = view;
  if (rows.length === 0) return html`<p class="card">${t('shipments.none')}</p>`;
  return html`<div class="table-wrap" tabindex="0">
    <table id="shipments">
      <caption class="vh">
        ${t('shipments.caption')}
      </caption>
      <thead>
        <tr>
          ${sortHeader(view, filter, t('field.trackingNumber'), 'number')}
          ${sortHeader(view, filter, t('field.carrier'), null)}
          ${sortHeader(view, filter, t('field.status'), null)}
          ${sortHeader(view, filter, t('field.lastScan'), null)}
          ${sortHeader(view, filter, t('field.estimate'), null)}
          ${sortHeader(view, filter, t('field.promised'), null)}
          ${sortHeader(view, filter, t('field.created'), 'newest')}
        </tr>
      </thead>
      <tbody>
        ${renderRows(view, rows)}
      </tbody>
    </table>
  </div>`;
}

/** Table rows, also sent alone when rows on screen change (live updates). */
export function renderRows(view: ConsoleView, rows: readonly ListedShipment[]): Html {
  const { t } = view;
  return html`${rows.map(({ shipment: s, archivedAt }) => {
    const place = placeText(s);
    return html`<tr data-id="${s.id}">
      <td>
        <a href="/app/shipments/${s.id}">${s.trackingNumber}</a>
        ${s.orderRef ? html`<br /><span class="small muted">${t('field.order')} ${s.orderRef}</span>` : ''}
        ${archivedAt ? html`<br /><span class="pill">${t('archivedBadge')}</span>` : ''}
      </td>
      <td>
        ${carrierName(s.carrier, s.trackingNumber)}${s.service ? html`<br /><span class="small muted">${s.service}</span>` : ''}
      </td>
      <td>
        ${statusPill(view, s.status)}
        ${s.stalled ? html`<span class="pill warn">${t('flag.stalled')}</span>` : ''}
        ${s.delayReasons.length > 0 && s.status !== 'delivered' ? html`<span class="pill warn">${t('flag.delayed')}</span>` : ''}
      </td>
      <td>
        ${when(view, s.lastEventAt)}${place ? html`<br /><span class="small muted">${place}</span>` : ''}
      </td>
      <td>${windowText(view, s.estimate)}</td>
      <td>${day(view, s.promisedDate)}</td>
      <td>${when(view, s.createdAt)}</td>
    </tr>`;
  })}`;
}

function renderPager(view: ConsoleView, params: URLSearchParams, page: ShipmentPage): Html {
  const { t } = view;
  const link = (key: 'after' | 'before', cursor: string) => {
    const p = new URLSearchParams(params);
    p.set(key, cursor);
    return `/app/shipments?${p}`;
  };
  if (!page.next && !page.previous) return html``;
  return html`<nav class="pager" aria-label="${t('pages')}">
    ${page.previous ? html`<a href="${link('before', page.previous)}" rel="prev">${t('previousPage')}</a>` : ''}
    ${page.previous ? html`<a href="/app/shipments?${params.toString()}">${t('firstPage')}</a>` : ''}
    ${page.next ? html`<a href="${link('after', page.next)}" rel="next">${t('nextPage')}</a>` : ''}
  </nav>`;
}
