import type { Shipment } from '../domain/shipment.js';
import { formatDay, formatInstant, zoneLabel } from './format-time.js';
import { html, type Html } from './html.js';
import type { Locale, MessageKey } from './i18n/messages.js';
import { orderPagePath } from './order-page-url.js';
import type { OrderView, ParcelView } from './order-view.js';
import { cityLevelPlace } from './place.js';
import { renderSupport } from './render-page.js';
import { renderShell } from './render-shell.js';

// The order page: every parcel of one order on one page. The same shell, styles and privacy as
// the parcel page (/t/): the public view shows carriers, tracking numbers, statuses, windows and
// city-level places; the order number and destination only after the browser proved it knows the
// order (the same proof as /t/, through the lookup form).

export interface OrderPageExtras {
  readonly nonce: string;
}

export function renderOrderPage(view: OrderView, extras: OrderPageExtras): Html {
  const { t } = view;
  const body = html`<h1>${orderHeading(view)}</h1>
    ${view.verified ? renderOrderDetails(view) : ''}
    <p class="vh" role="status" id="announce"></p>
    <p class="notice offline" id="offline" role="status" hidden>${t('offline')}</p>
    <div id="live">${renderOrderLive(view)}</div>
    ${view.verified ? '' : renderOrderVerify(view)} ${renderSupport(view)}`;
  return renderShell({
    locale: view.locale,
    dir: view.dir,
    title: orderTitle(view),
    branding: view.branding,
    path: orderPagePath(view.token),
    nonce: extras.nonce,
    body,
    // data-events, not data-token: the script follows this stream but keeps no offline copy and
    // offers no push (those belong to one parcel's page).
    bodyData: html`data-events="${orderPagePath(view.token)}/events" data-seq="${view.seq}"
    data-locale="${view.locale}" data-zone="${view.zone}"`,
  });
}

/** "Order #1001" for a verified browser, else "Your order from Acme": the number is part of the proof. */
export function orderHeading(view: OrderView): string {
  return view.verified
    ? view.words('orderHeading', { number: view.order.orderNumber })
    : view.words('yourOrder', { shop: view.branding.name });
}

export function orderTitle(view: OrderView): string {
  return `${deliveredWords(view)} · ${orderHeading(view)}`;
}

/** "2 of 3 delivered". */
export function deliveredWords(view: OrderView): string {
  const delivered = view.parcels.filter((parcel) => parcel.shipment.status === 'delivered').length;
  return view.words('deliveredOf', {
    delivered: number(view, delivered),
    count: number(view, view.parcels.length),
  });
}

/** "3 parcels". */
function parcelCount(view: OrderView): string {
  const count = view.parcels.length;
  const form = intlOf(view.locale).plurals.select(count) === 'one' ? 'one' : 'other';
  return view.words(`parcels.${form}`, { count: number(view, count) });
}

function number(view: OrderView, n: number): string {
  return intlOf(view.locale).numbers.format(n);
}

// Intl objects are slow to make (see format-time.ts): one pair per locale, made on first use.
const intl = new Map<Locale, { plurals: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function intlOf(locale: Locale): { plurals: Intl.PluralRules; numbers: Intl.NumberFormat } {
  let found = intl.get(locale);
  if (!found) {
    found = { plurals: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    intl.set(locale, found);
  }
  return found;
}

/** The part live updates replace: the summary and every parcel. */
export function renderOrderLive(view: OrderView): Html {
  const { t, words } = view;
  const newest =
    view.parcels
      .map((parcel) => parcel.shipment.lastEventAt)
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1) ?? view.order.updatedAt;
  return html`<p class="eta" id="order-summary">${parcelCount(view)} · ${deliveredWords(view)}</p>
    <p class="muted small" data-zone-label="${t('timesShownIn', { zone: '{zone}' })}">
      ${t('timesShownIn', { zone: zoneLabel(view.zone, view.locale, newest) })}
    </p>
    ${
      view.parcels.length === 0
        ? html`<p class="card">${words('noParcels')}</p>`
        : view.parcels.map((parcel, index) => renderParcel(view, parcel, index))
    }`;
}

function renderParcel(view: OrderView, parcel: ParcelView, index: number): Html {
  const { t, words } = view;
  const { shipment } = parcel;
  const id = `parcel-${index + 1}`;
  const label = words('parcelOf', {
    index: number(view, index + 1),
    count: number(view, view.parcels.length),
  });
  const delivery = deliveryWords(view, shipment);
  const place = cityLevelPlace(shipment.lastLocation);
  return html`<section class="card parcel status-${shipment.status}" aria-labelledby="${id}">
    <h2 id="${id}">${label}</h2>
    <dl class="facts">
      <dt>${t('statusHeading')}</dt>
      <dd><strong>${t(`status.${shipment.status}` as MessageKey)}</strong></dd>
      <dt>${t('carrier')}</dt>
      <dd>${parcel.carrier.name}</dd>
      <dt>${t('trackingNumber')}</dt>
      <dd><code translate="no">${shipment.trackingNumber}</code></dd>
      ${
        delivery
          ? html`<dt>${words('delivery')}</dt>
              <dd>${delivery}</dd>`
          : ''
      }
      <dt>${words('lastScan')}</dt>
      <dd>
        ${
          shipment.lastEventAt
            ? html`${place ? html`${place}, ` : ''}${localTime(view, shipment.lastEventAt)}`
            : words('noScanYet')
        }
      </dd>
      ${
        view.verified && shipment.service
          ? html`<dt>${t('service')}</dt>
              <dd>${shipment.service}</dd>`
          : ''
      }
    </dl>
    <p>
      <a class="button secondary" href="/t/${parcel.pageToken}"
        >${words('trackParcel')}<span class="vh"> ${shipment.trackingNumber}</span></a
      >
    </p>
  </section>`;
}

/** Delivered when, the estimated window, or (before the first scan) that there is none yet. */
function deliveryWords(view: OrderView, shipment: Shipment): Html | string | undefined {
  const { t, locale } = view;
  if (shipment.status === 'delivered') {
    const at = shipment.deliveredAt ?? shipment.lastEventAt;
    return at ? withTime(t('deliveredOn', { day: TIME }), localTime(view, at)) : undefined;
  }
  if (['cancelled', 'expired', 'return_to_sender'].includes(shipment.status)) return undefined;
  const window = shipment.estimate;
  if (window)
    return window.earliest === window.latest
      ? t('arrivingDay', { day: formatDay(window.earliest, locale) })
      : t('arrivingRange', {
          from: formatDay(window.earliest, locale),
          to: formatDay(window.latest, locale),
        });
  return shipment.status === 'pending' || shipment.status === 'info_received' ? t('noEstimate') : undefined;
}

/** Stands in for a time inside a translated sentence, which is then split around it. */
const TIME = '\u0000';

function withTime(sentence: string, time: Html): Html {
  const at = sentence.indexOf(TIME);
  if (at < 0) return html`${sentence} ${time}`;
  return html`${sentence.slice(0, at)}${time}${sentence.slice(at + TIME.length)}`;
}

/** In the page's zone, and re-rendered by the script in the browser's, as on /t/. */
function localTime(view: OrderView, instant: string): Html {
  return html`<time datetime="${instant}" data-local
    >${formatInstant(instant, view.zone, view.locale)}</time
  >`;
}

/** Verified only: the order number, where it goes, and the promised date. Never the customer's name or contacts. */
function renderOrderDetails(view: OrderView): Html {
  const { t, order } = view;
  const destination = view.parcels[0]?.shipment.destination;
  const where = destination
    ? [destination.postalCode, destination.city, destination.region, destination.country]
        .filter((part) => part)
        .join(', ')
    : '';
  const rows: [string, string][] = [[t('orderNumber'), order.orderNumber]];
  if (where) rows.push([t('destination'), where]);
  if (order.promisedDate) rows.push([t('promisedDate'), formatDay(order.promisedDate, view.locale)]);
  return html`<section class="card" aria-labelledby="details-title" id="details">
    <h2 id="details-title">${t('fullDetails')}</h2>
    <dl class="facts">
      ${rows.map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>
  </section>`;
}

/** The lookup form's order half: a right answer comes back here with the details unlocked. */
function renderOrderVerify(view: OrderView): Html {
  const { t } = view;
  return html`<section class="card" aria-labelledby="verify-title" id="verify">
    <h2 id="verify-title">${t('verifyTitle')}</h2>
    <p>${t('verifyIntro')}</p>
    <form method="post" action="/track" class="stack">
      <label for="order">${t('orderNumber')}</label>
      <input id="order" name="order" required autocomplete="off" maxlength="64" />
      <label for="secret">${t('emailOrPostcode')}</label>
      <input id="secret" name="secret" required autocomplete="email" maxlength="254" />
      <button type="submit">${t('verifyButton')}</button>
    </form>
  </section>`;
}
