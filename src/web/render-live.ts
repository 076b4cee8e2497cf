import type { Shipment } from '../domain/shipment.js';
import { formatDay, formatInstant, zoneLabel } from './format-time.js';
import { html, type Html } from './html.js';
import type { MessageKey } from './i18n/messages.js';
import type { PageView } from './page-view.js';
import { cityLevelPlace } from './place.js';
import { progressOf, STEPS } from './progress.js';

// The part of the page that live updates replace: status, stepper, estimate, delay, what to do,
// and the scan history. Rendered the same way on first load and for every update.

export function renderLive(view: PageView): Html {
  const { shipment, t } = view;
  const place = cityLevelPlace(shipment.lastLocation);
  const updated = shipment.lastEventAt ?? shipment.updatedAt;
  return html`<section class="card status status-${shipment.status}" aria-labelledby="status-words">
      <p class="eyebrow">${t('statusHeading')}</p>
      <h1 id="status-words">${t(`status.${shipment.status}` as MessageKey)}</h1>
      ${place && shipment.status !== 'delivered' ? html`<p>${t('lastSeen', { place })}</p>` : ''}
      <p class="muted">${withTime(t('updatedAt', { time: TIME }), localTime(view, updated))}</p>
      ${renderStepper(view)} ${renderEstimate(view)}
    </section>
    ${renderDelay(view)} ${renderAction(view)} ${renderTimeline(view)}`;
}

/** Stands in for a time inside a translated sentence, which is then split around it. */
const TIME = '\u0000';

/**
 * An instant as the page shows every time: in the page's zone, and re-rendered by the script in
 * the browser's, so a sentence's time never disagrees with the timeline's.
 */
function localTime(view: PageView, instant: string): Html {
  return html`<time datetime="${instant}" data-local
    >${formatInstant(instant, view.zone, view.locale)}</time
  >`;
}

function withTime(sentence: string, time: Html): Html {
  const at = sentence.indexOf(TIME);
  if (at < 0) return html`${sentence} ${time}`;
  return html`${sentence.slice(0, at)}${time}${sentence.slice(at + TIME.length)}`;
}

function renderStepper(view: PageView): Html {
  const { t } = view;
  const progress = progressOf(view.shipment);
  const items = STEPS.map((step, index) => {
    const state = index < progress.current ? 'done' : index === progress.current ? 'current' : 'next';
    const spoken = state === 'done' ? t('stepDone') : state === 'current' ? t('stepCurrent') : t('stepNext');
    const troubled = state === 'current' && progress.troubled ? ' troubled' : '';
    return html`<li class="step ${state}${troubled}" ${state === 'current' ? html`aria-current="step"` : ''}>
      <span class="dot" aria-hidden="true"></span
      ><span>${t(`step.${step}` as MessageKey)}<span class="vh"> (${spoken})</span></span>
    </li>`;
  });
  return html`<ol class="stepper" aria-label="${t('progress')}">
    ${items}
  </ol>`;
}

function renderEstimate(view: PageView): Html {
  const { shipment, t } = view;
  if (shipment.status === 'delivered') {
    const at = shipment.deliveredAt ?? shipment.lastEventAt;
    return at
      ? html`<p class="eta">${withTime(t('deliveredOn', { day: TIME }), localTime(view, at))}</p>`
      : html``;
  }
  const estimate = shipment.estimate;
  if (!estimate || ['cancelled', 'expired', 'return_to_sender'].includes(shipment.status))
    return shipment.status === 'pending' || shipment.status === 'info_received'
      ? html`<p class="muted">${t('noEstimate')}</p>`
      : html``;
  return html`<p class="eta">${windowWords(view, estimate)}</p>
    <p class="muted">${basisWords(view, estimate)}</p>
    <p>
      <a class="button secondary" href="/t/${view.token}/calendar.ics" download>${t('addToCalendar')}</a>
    </p>`;
}

/**
 * What the estimate rests on, in the customer's language and words ("Based on 1,240 similar
 * parcels to your area"). The technical sentence in `basis` is for the API and the console.
 */
export function basisWords(view: PageView, window: NonNullable<Shipment['estimate']>): string {
  const { t, locale } = view;
  const facts = window.basisFacts;
  const carrier = view.carrier.name;
  const form = (n: number): 'one' | 'other' =>
    new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
  const number = (n: number): string => new Intl.NumberFormat(locale).format(n);
  if (!facts) return t('basis.recent');
  if (facts.kind === 'published') {
    // No published level for this carrier: the range is not put in the carrier's mouth.
    if (facts.generic)
      return t('basis.genericRange', { low: number(facts.lowDays), high: number(facts.highDays) });
    return facts.lowDays === facts.highDays
      ? t(`basis.publishedDays.${form(facts.lowDays)}`, { carrier, days: number(facts.lowDays) })
      : t('basis.publishedRange', { carrier, low: number(facts.lowDays), high: number(facts.highDays) });
  }
  return t(`basis.${facts.scope}.${form(facts.parcels)}`, { carrier, count: number(facts.parcels) });
}

export function windowWords(view: PageView, window: NonNullable<Shipment['estimate']>): string {
  const { t, locale } = view;
  return window.earliest === window.latest
    ? t('arrivingDay', { day: formatDay(window.earliest, locale) })
    : t('arrivingRange', { from: formatDay(window.earliest, locale), to: formatDay(window.latest, locale) });
}

const DELAY_KEYS = new Set(['promise_at_risk', 'carrier_estimate_slipped', 'stalled']);

function renderDelay(view: PageView): Html {
  const { shipment, t } = view;
  const reasons = shipment.delayReasons.filter((reason) => DELAY_KEYS.has(reason));
  if (reasons.length === 0 || shipment.status === 'delivered') return html``;
  return html`<section class="card banner delay" aria-labelledby="delay-title">
    <h2 id="delay-title">${t('delayTitle')}</h2>
    ${reasons.map((reason) => html`<p>${t(`delay.${reason}` as MessageKey)}</p>`)}
    ${
      shipment.estimate
        ? html`<p><strong>${t('newWindow', { window: windowWords(view, shipment.estimate) })}</strong></p>`
        : ''
    }
  </section>`;
}

function actionKey(shipment: Shipment): MessageKey | undefined {
  if (shipment.status === 'exception') return `action.${shipment.substatus}` as MessageKey;
  if (shipment.status === 'attempt_failed') return 'action.attempt_failed';
  if (shipment.status === 'available_for_pickup') return 'action.available_for_pickup';
  return undefined;
}

function renderAction(view: PageView): Html {
  const key = actionKey(view.shipment);
  if (!key) return html``;
  const { t } = view;
  return html`<section class="card banner action" aria-labelledby="action-title">
    <h2 id="action-title">${t('whatYouCanDo')}</h2>
    <p>${t(key)}</p>
    ${
      view.carrier.url
        ? html`<p>
            <a href="${view.carrier.url}" rel="noopener noreferrer" target="_blank"
              >${t('carrierSite', { carrier: view.carrier.name })}
              <span class="vh">${t('opensNewWindow')}</span></a
            >
          </p>`
        : ''
    }
  </section>`;
}

function renderTimeline(view: PageView): Html {
  const { t } = view;
  const newest = view.scans[0]?.occurredAt ?? view.shipment.updatedAt;
  return html`<section class="card" aria-labelledby="timeline-title">
    <h2 id="timeline-title">${t('timeline')}</h2>
    <p class="muted small" data-zone-label="${t('timesShownIn', { zone: '{zone}' })}">
      ${t('timesShownIn', { zone: zoneLabel(view.zone, view.locale, newest) })}
    </p>
    ${
      view.scans.length === 0
        ? html`<p>${t('noScans')}</p>`
        : html`<ol class="timeline">
            ${view.scans.map((scan) => {
              const place = cityLevelPlace(scan.location);
              return html`<li>
                <time datetime="${scan.occurredAt}" data-local
                  >${formatInstant(scan.occurredAt, view.zone, view.locale)}</time
                >
                <strong>${t(`status.${scan.status}` as MessageKey)}</strong>
                ${view.verified && scan.rawDescription ? html`<span class="desc">${scan.rawDescription}</span>` : ''}
                ${place ? html`<span class="place">${place}</span>` : ''}
              </li>`;
            })}
          </ol>`
    }
  </section>`;
}
