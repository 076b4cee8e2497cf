import type { TrackingEvent } from '../../domain/tracking-event.js';
import type { Detection } from '../../numbers/index.js';
import { html, type Html } from '../../web/html.js';
import type { AttentionKind, Mark } from '../queries/attention.js';
import type { RawPayload, ShipmentDetail } from '../queries/shipment-detail.js';
import { can } from '../roles.js';
import { carrierName, day, percent, placeText, placeTime, statusPill, when, windowText } from './format.js';
import { csrfField, renderFlash, renderLayout, type Flash } from './layout.js';
import { renderDeliveries } from './settings/webhooks.js';
import { renderActions } from './shipment-actions-panel.js';
import type { ConsoleView } from './view.js';

export interface DetailInput {
  readonly detail: ShipmentDetail;
  readonly trackingPageUrl: string;
  readonly detection: Detection;
  readonly kinds: readonly AttentionKind[];
  readonly marks: ReadonlyMap<AttentionKind, Mark>;
  readonly users: ReadonlyMap<string, string>;
  readonly attentionCount: number;
  readonly flash?: Flash | undefined;
  readonly defaultZone: string;
  /** The order the shipment is a parcel of (shipments.order_id), when it has one. */
  readonly order?: { readonly id: string; readonly orderNumber: string } | undefined;
}

export function renderShipmentDetail(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const s = input.detail.listed.shipment;
  return renderLayout(view, {
    title: `${s.trackingNumber} · ${t('shipment.title')}`,
    section: 'shipments',
    attentionCount: input.attentionCount,
    bodyData: html`data-live="detail" data-shipment="${s.id}"`,
    body: html`<p class="small">
        <a href="/app/shipments">${t('shipment.back')}</a>
        ${input.order ? html` · <a href="/app/orders/${input.order.id}">${t('shipment.partOf', { number: input.order.orderNumber })}</a>` : ''}
      </p>
      <h1>${t('shipment.title')} ${s.trackingNumber}</h1>
      ${renderFlash(input.flash)}
      <div class="two">
        <div id="shipment-live">${renderDetailLive(view, input)}</div>
        <div>${renderActions(view, input)}</div>
      </div>`,
  });
}

/** The part of the page that live updates replace. */
export function renderDetailLive(view: ConsoleView, input: DetailInput): Html {
  return html`${renderSummary(view, input)} ${renderEstimate(view, input)} ${renderTimeline(view, input)}
  ${renderNotifications(view, input)} ${renderWebhooks(view, input)} ${renderNotes(view, input)}
  ${renderAudit(view, input)}`;
}

function renderSummary(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const { listed } = input.detail;
  const s = listed.shipment;
  const destination = s.destination
    ? [s.destination.postalCode, s.destination.city, s.destination.region, s.destination.country]
        .filter(Boolean)
        .join(', ')
    : '';
  return html`<section class="card" aria-labelledby="summary-title">
    <h2 id="summary-title">${t('shipment.summary')}</h2>
    <p>
      ${statusPill(view, s.status)} <span class="muted small">${s.substatus}</span>
      ${s.stalled ? html`<span class="pill warn">${t('flag.stalled')}</span>` : ''}
      ${listed.archivedAt ? html`<span class="pill">${t('archivedBadge')}</span>` : ''}
      ${listed.notificationsPaused ? html`<span class="pill warn">${t('shipment.notificationsPausedBadge')}</span>` : ''}
    </p>
    ${
      input.kinds.length > 0
        ? html`<p class="bad">
            ${t('shipment.needsAttention')}: ${input.kinds.map((k) => t(`kind.${k}`)).join(', ')}
          </p>`
        : ''
    }
    <dl class="facts">
      <dt>${t('field.carrier')}</dt>
      <dd>${carrierName(s.carrier, s.trackingNumber)} <span class="muted small">(${s.carrier})</span></dd>
      ${
        s.service
          ? html`<dt>${t('field.service')}</dt>
              <dd>${s.service}</dd>`
          : ''
      }
      ${
        input.order
          ? html`<dt>${t('field.order')}</dt>
              <dd><a href="/app/orders/${input.order.id}">${input.order.orderNumber}</a></dd>`
          : s.orderRef
            ? html`<dt>${t('field.order')}</dt>
                <dd>${s.orderRef}</dd>`
            : ''
      }
      ${
        s.exceptionReason
          ? html`<dt>${t('shipment.whoMustAct')}</dt>
              <dd>${t(`reason.${s.exceptionReason}`)}</dd>`
          : ''
      }
      ${
        destination
          ? html`<dt>${t('field.destination')}</dt>
              <dd>${destination}</dd>`
          : ''
      }
      <dt>${t('field.lastScan')}</dt>
      <dd>${lastScanTime(view, input)} ${placeText(s)}</dd>
      <dt>${t('field.promised')}</dt>
      <dd>${day(view, s.promisedDate)}</dd>
      <dt>${t('shipment.attempts')}</dt>
      <dd>${s.deliveryAttempts}</dd>
      ${
        s.orderedAt
          ? html`<dt>${t('field.ordered')}</dt>
              <dd>${when(view, s.orderedAt)}</dd>`
          : ''
      }
      <dt>${t('field.created')}</dt>
      <dd>${when(view, s.createdAt)}</dd>
      <dt>${t('shipment.trackingPage')}</dt>
      <dd><a href="${input.trackingPageUrl}" target="_blank" rel="noopener">${input.trackingPageUrl}</a></dd>
    </dl>
  </section>`;
}

/**
 * The newest scan's time as the timeline below shows it: in its place's zone, named. In the
 * viewer's zone without a name, the same scan read an hour apart in the two places.
 */
function lastScanTime(view: ConsoleView, input: DetailInput): Html {
  const at = input.detail.listed.shipment.lastEventAt;
  const scan = at === null ? undefined : input.detail.scans.find((one) => one.occurredAt === at);
  if (at === null || !scan) return when(view, at);
  const local = placeTime(view, at, scan.zone);
  return html`<time datetime="${at}">${local.text}</time> <span class="small muted">(${local.label})</span>`;
}

function renderEstimate(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const s = input.detail.listed.shipment;
  const history = input.detail.estimateHistory;
  const estimate = s.estimate;
  const first = history[0];
  const latest = history[history.length - 1];
  const moved = first && latest && first.mostLikely !== latest.mostLikely;
  return html`<section class="card" aria-labelledby="estimate-title">
    <h2 id="estimate-title">${t('shipment.estimate')}</h2>
    ${
      estimate
        ? html`<dl class="facts">
              <dt>${t('shipment.window')}</dt>
              <dd>
                ${windowText(view, estimate)} (${t('shipment.mostLikely')} ${day(view, estimate.mostLikely)})
              </dd>
              <dt>${t('shipment.confidence')}</dt>
              <dd>${percent(view, estimate.confidence, 0)}</dd>
              ${
                estimate.probabilityByPromise !== undefined
                  ? html`<dt>${t('shipment.byPromise')}</dt>
                      <dd>${percent(view, estimate.probabilityByPromise, 0)}</dd>`
                  : ''
              }
              <dt>${t('shipment.basis')}</dt>
              <dd>${estimate.basis}</dd>
              <dt>${t('shipment.predictedAt')}</dt>
              <dd>${when(view, estimate.predictedAt)}</dd>
            </dl>
            ${moved ? html`<p><strong>${t('shipment.moved', { before: day(view, first.mostLikely), now: day(view, latest.mostLikely) })}</strong></p>` : ''}
            ${
              s.delayReasons.length > 0
                ? html`<p class="warn">
                    ${t('shipment.delayReasons')}:
                    ${s.delayReasons.map((r) => t(`delay.${r}` as never)).join(' ')}
                  </p>`
                : ''
            }`
        : html`<p class="muted">${t('shipment.noEstimate')}</p>`
    }
    ${
      history.length > 1
        ? html`<details>
            <summary>${t('shipment.estimateHistory', { n: history.length })}</summary>
            <div class="table-wrap" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t('shipment.predictedAt')}</th>
                    <th scope="col">${t('shipment.mostLikely')}</th>
                    <th scope="col">${t('shipment.window')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${history
                    .slice()
                    .reverse()
                    .map(
                      (entry) =>
                        html`<tr>
                          <td>${when(view, entry.predictedAt)}</td>
                          <td>${day(view, entry.mostLikely)}</td>
                          <td>${day(view, entry.earliest)} – ${day(view, entry.latest)}</td>
                        </tr>`,
                    )}
                </tbody>
              </table>
            </div>
          </details>`
        : ''
    }
  </section>`;
}

function renderTimeline(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const { scans, payloads, replaced } = input.detail;
  const shown = new Map<string, string>();
  return html`<section class="card" aria-labelledby="timeline-title">
    <h2 id="timeline-title">${t('shipment.timeline')}</h2>
    <p class="muted small">${t('shipment.timesLocal')}</p>
    ${
      scans.length === 0
        ? html`<p>${t('noScans')}</p>`
        : html`<ol class="timeline">
            ${scans.map((scan, index) => {
              const local = placeTime(view, scan.occurredAt, scan.zone);
              const place = [
                scan.location?.city,
                scan.location?.region,
                scan.location?.postalCode,
                scan.location?.country,
              ]
                .filter((p) => p && p.trim())
                .join(', ');
              const anchor = `scan-${index}`;
              return html`<li id="${anchor}">
                <time datetime="${scan.occurredAt}">${local.text}</time>
                <span class="small muted">(${local.label})</span><br />
                ${statusPill(view, scan.status)} <span class="small muted">${scan.substatus}</span>
                ${place ? html`<br />${place}` : ''}
                <br /><span class="small"
                  >${t('shipment.rawCode')}:
                  <code>${scan.rawCode || '–'}</code>
                  ${scan.rawDescription ? html`· ${scan.rawDescription}` : ''}</span
                >
                <br /><span class="small muted"
                  >${t('shipment.source')}: ${scan.source.adapter} (${scan.source.mode})</span
                >
                ${renderPayload(view, scan, payloads, shown, anchor)}
              </li>`;
            })}
          </ol>`
    }
    ${replaced > 0 ? html`<p class="muted small">${t('shipment.corrected', { n: replaced })}</p>` : ''}
  </section>`;
}

function renderPayload(
  view: ConsoleView,
  scan: TrackingEvent,
  payloads: ReadonlyMap<string, RawPayload>,
  shown: Map<string, string>,
  anchor: string,
): Html {
  const { t } = view;
  const requestId = scan.source.requestId;
  const payload = requestId ? payloads.get(requestId) : undefined;
  if (requestId && payload) {
    const earlier = shown.get(requestId);
    if (earlier) return html`<br /><a class="small" href="#${earlier}">${t('shipment.samePayload')}</a>`;
    shown.set(requestId, anchor);
    return html`<details>
      <summary>${t('shipment.payload')} (${payload.adapter}, ${payload.contentType})</summary>
      <pre>${pretty(payload)}</pre>
      ${payload.truncated ? html`<p class="small muted">${t('shipment.payloadTruncated')}</p>` : ''}
    </details>`;
  }
  // No request body kept (the simulator hands scans over directly; payloads expire): the scan as stored.
  const stored = {
    occurredAt: scan.occurredAt,
    zone: scan.zone,
    rawCode: scan.rawCode,
    rawDescription: scan.rawDescription,
    location: scan.location,
    source: scan.source,
    carrierEstimate: scan.carrierEstimate ?? null,
  };
  return html`<details>
    <summary>${t('shipment.storedScan')}</summary>
    <p class="small muted">${t('shipment.noPayload')}</p>
    <pre>${JSON.stringify(stored, null, 2)}</pre>
  </details>`;
}

function pretty(payload: RawPayload): string {
  if (payload.contentType.includes('json') && !payload.truncated) {
    try {
      return JSON.stringify(JSON.parse(payload.body), null, 2);
    } catch {
      return payload.body;
    }
  }
  return payload.body;
}

function renderNotifications(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const { messages, recipients, attempts } = input.detail;
  const mayAct = view.me !== undefined && can(view.me.role, 'act');
  const address = new Map(recipients.map((r) => [r.id, r.address]));
  return html`<section class="card" aria-labelledby="notifications-title">
    <h2 id="notifications-title">${t('shipment.notifications')}</h2>
    <p class="small muted">
      ${t('shipment.recipients', { n: recipients.length })}
      ${recipients.map((r) => html`<br />${r.channel}: ${r.address} (${r.locale})`)}
    </p>
    ${
      messages.length === 0
        ? html`<p>${t('shipment.noNotifications')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table>
              <caption class="vh">
                ${t('shipment.notifications')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('field.created')}</th>
                  <th scope="col">${t('field.channel')}</th>
                  <th scope="col">${t('field.event')}</th>
                  <th scope="col">${t('field.outcome')}</th>
                  ${mayAct ? html`<th scope="col"><span class="vh">${t('field.actions')}</span></th>` : ''}
                </tr>
              </thead>
              <tbody>
                ${messages.map(
                  (m) =>
                    html`<tr>
                      <td>${when(view, m.sentAt ?? m.createdAt)}</td>
                      <td>
                        ${m.channel}<br /><span class="small muted">${address.get(m.recipientId) ?? ''}</span>
                      </td>
                      <td>${m.eventType}</td>
                      <td>
                        ${t(`message.${m.status}` as never)}${m.providerStatus ? html` · ${m.providerStatus}` : ''}
                        ${m.lastError ? html`<br /><span class="small bad">${m.lastError}</span>` : ''}
                        <br /><span class="small muted"
                          >${t('shipment.attemptsCount', { n: m.attempts })}</span
                        >
                      </td>
                      ${
                        mayAct
                          ? html`<td>
                              ${
                                m.status === 'sent' || m.status === 'failed' || m.status === 'skipped'
                                  ? html`<form
                                      method="post"
                                      action="/app/shipments/${input.detail.listed.shipment.id}/notifications/${m.id}/resend"
                                    >
                                      ${csrfField(view)}
                                      <button type="submit" class="secondary">${t('shipment.resend')}</button>
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
          </div>`
    }
    ${
      attempts.length > 0
        ? html`<details>
            <summary>${t('shipment.attemptLog', { n: attempts.length })}</summary>
            <ul class="small">
              ${attempts.map(
                (a) =>
                  html`<li>
                    ${when(view, a.at)} · ${a.channel} · ${a.outcome}${a.error ? html` · ${a.error}` : ''}
                  </li>`,
              )}
            </ul>
          </details>`
        : ''
    }
  </section>`;
}

function renderWebhooks(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const { deliveries } = input.detail;
  return html`<section class="card" aria-labelledby="webhooks-title">
    <h2 id="webhooks-title">${t('shipment.webhooks')}</h2>
    ${
      deliveries.length === 0
        ? html`<p>${t('shipment.noWebhooks')}</p>`
        : renderDeliveries(view, deliveries, { replay: false, link: 'endpoint' })
    }
  </section>`;
}

function renderNotes(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const { notes } = input.detail;
  return html`<section class="card" aria-labelledby="notes-title">
    <h2 id="notes-title">${t('shipment.notes')}</h2>
    ${
      notes.length === 0
        ? html`<p class="muted">${t('shipment.noNotes')}</p>`
        : html`<ul>
            ${notes.map(
              (n) =>
                html`<li>
                  <p>${n.body}</p>
                  <p class="small muted">${n.author} · ${when(view, n.createdAt)}</p>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function renderAudit(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const entries = input.detail.audit;
  if (entries.length === 0) return html``;
  return html`<section class="card" aria-labelledby="history-title">
    <h2 id="history-title">${t('shipment.history')}</h2>
    <ul class="small">
      ${entries.map(
        (e) =>
          html`<li>
            ${when(view, e.at)} · ${e.actor} · ${t(`audit.${e.action}` as never)}
            ${Object.keys(e.detail).length > 0 ? html`<span class="muted">${JSON.stringify(e.detail)}</span>` : ''}
          </li>`,
      )}
    </ul>
  </section>`;
}
