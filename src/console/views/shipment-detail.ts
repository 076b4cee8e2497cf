import { SUBSTATUS_CODES, type Substatus } from '../../domain/status.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import type { Detection } from '../../numbers/index.js';
import { html, type Html } from '../../web/html.js';
import type { AttentionKind, Mark } from '../queries/attention.js';
import type { RawPayload, ShipmentDetail } from '../queries/shipment-detail.js';
import { can } from '../roles.js';
import { CARRIER_OPTIONS } from './carrier-options.js';
import { carrierName, day, percent, placeText, placeTime, statusPill, when, windowText } from './format.js';
import { csrfField, renderFlash, renderLayout, type Flash } from './layout.js';
import { renderDeliveries } from './settings/webhooks.js';
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
}

export function renderShipmentDetail(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  const s = input.detail.listed.shipment;
  return renderLayout(view, {
    title: `${s.trackingNumber} · ${t('shipment.title')}`,
    section: 'shipments',
    attentionCount: input.attentionCount,
    bodyData: html`data-live="detail" data-shipment="${s.id}"`,
    body: html`<p class="small"><a href="/app/shipments">${t('shipment.back')}</a></p>
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
        s.orderRef
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
      <dd>${when(view, s.lastEventAt)} ${placeText(s)}</dd>
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

function renderActions(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  if (!view.me || !can(view.me.role, 'act'))
    return html`<section class="card">
      <h2>${t('shipment.actions')}</h2>
      <p class="muted">${t('shipment.viewerOnly')}</p>
    </section>`;
  const s = input.detail.listed.shipment;
  const base = `/app/shipments/${s.id}`;
  const exceptionMark = input.marks.get('exception');
  const candidates = input.detection.candidates;
  return html`<section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">${t('shipment.actions')}</h2>

      <h3 id="note-title">${t('shipment.addNote')}</h3>
      <form method="post" action="${base}/notes">
        ${csrfField(view)}
        <label for="note" class="vh">${t('shipment.addNote')}</label>
        <textarea id="note" name="body" required maxlength="4000"></textarea>
        <button type="submit">${t('shipment.saveNote')}</button>
      </form>

      ${
        s.status === 'exception' || input.kinds.includes('exception')
          ? html`<h3>${t('shipment.exception')}</h3>
              <p class="small">
                ${exceptionMark ? t(`markState.${exceptionMark.state}`) : t('markState.open')}
                ${exceptionMark?.reason ? html` · ${exceptionMark.reason}` : ''}
              </p>
              <form method="post" action="${base}/exception">
                ${csrfField(view)}
                <label for="exception-reason">${t('field.reason')}</label>
                <input id="exception-reason" name="reason" type="text" maxlength="500" required />
                <div class="actions">
                  <button type="submit" name="action" value="acknowledge" class="secondary">
                    ${t('shipment.acknowledge')}
                  </button>
                  <button type="submit" name="action" value="resolve">${t('shipment.resolve')}</button>
                </div>
              </form>`
          : ''
      }

      <h3>${t('shipment.correctCarrier')}</h3>
      <form method="post" action="${base}/carrier">
        ${csrfField(view)}
        <label for="carrier-choice">${t('field.carrier')}</label>
        <select id="carrier-choice" name="carrier" aria-describedby="carrier-hint">
          ${
            candidates.length > 0
              ? html`<optgroup label="${t('shipment.detected')}">
                  ${candidates.map(
                    (c) =>
                      html`<option value="${c.carrier}" ${c.carrier === s.carrier ? html`selected` : ''}>
                        ${c.carrierName} · ${c.service} (${percent(view, c.confidence, 0)})
                      </option>`,
                  )}
                </optgroup>`
              : ''
          }
          <optgroup label="${t('shipment.allCarriers')}">
            ${CARRIER_OPTIONS.map(
              (c) =>
                html`<option
                  value="${c.id}"
                  ${c.id === s.carrier && candidates.length === 0 ? html`selected` : ''}
                >
                  ${c.name}
                </option>`,
            )}
          </optgroup>
        </select>
        <p class="hint" id="carrier-hint">
          ${candidates.length > 0 ? t('shipment.detectedHint', { n: candidates.length }) : t('shipment.nothingDetected')}
        </p>
        <button type="submit" class="secondary">${t('shipment.saveCarrier')}</button>
      </form>

      <h3>${t('shipment.notificationsHeading')}</h3>
      <form method="post" action="${base}/notifications/pause">
        ${csrfField(view)}
        <input type="hidden" name="paused" value="${input.detail.listed.notificationsPaused ? '0' : '1'}" />
        <button type="submit" class="secondary">
          ${input.detail.listed.notificationsPaused ? t('shipment.resumeNotifications') : t('shipment.pauseNotifications')}
        </button>
      </form>

      <h3>${t('shipment.archiveHeading')}</h3>
      <form method="post" action="${base}/archive">
        ${csrfField(view)}
        <input type="hidden" name="archived" value="${input.detail.listed.archivedAt ? '0' : '1'}" />
        <button type="submit" class="secondary">
          ${input.detail.listed.archivedAt ? t('shipment.unarchive') : t('shipment.archive')}
        </button>
      </form>

      <h3>${t('shipment.addScan')}</h3>
      <form method="post" action="${base}/scans">
        ${csrfField(view)}
        <div class="field">
          <label for="scan-status">${t('field.status')}</label>
          <select id="scan-status" name="status" required>
            ${SUBSTATUS_CODES.map(
              (code: Substatus) =>
                html`<option value="${code}" ${code === scanDefault(s.substatus) ? html`selected` : ''}>
                  ${t(`status.${code.split('.')[0] as 'delivered'}`)} · ${code}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="scan-at">${t('shipment.scanTime')}</label>
          <input id="scan-at" name="occurredAt" type="datetime-local" required />
        </div>
        <div class="field">
          <label for="scan-zone">${t('shipment.scanZone')}</label>
          <input
            id="scan-zone"
            name="zone"
            type="text"
            value="${input.defaultZone}"
            required
            maxlength="64"
            aria-describedby="scan-zone-hint"
          />
          <p class="hint" id="scan-zone-hint">${t('shipment.scanZoneHint')}</p>
        </div>
        <div class="field">
          <label for="scan-city">${t('field.city')}</label>
          <input id="scan-city" name="city" type="text" maxlength="100" />
        </div>
        <div class="field">
          <label for="scan-country">${t('field.country')}</label>
          <input
            id="scan-country"
            name="country"
            type="text"
            maxlength="2"
            pattern="[A-Za-z]{2}"
            aria-describedby="scan-country-hint"
          />
          <p class="hint" id="scan-country-hint">${t('shipment.countryHint')}</p>
        </div>
        <div class="field">
          <label for="scan-description">${t('field.description')}</label>
          <input id="scan-description" name="description" type="text" maxlength="500" />
        </div>
        <button type="submit">${t('shipment.saveScan')}</button>
      </form>
    </section>
    ${renderAssignments(view, input)}`;
}

function renderAssignments(view: ConsoleView, input: DetailInput): Html {
  const { t } = view;
  if (input.kinds.length === 0) return html``;
  return html`<section class="card" aria-labelledby="triage-title">
    <h2 id="triage-title">${t('shipment.triage')}</h2>
    ${input.kinds.map((kind) => {
      const mark = input.marks.get(kind);
      const assignee = mark?.assigneeId ? input.users.get(mark.assigneeId) : undefined;
      return html`<p>
        <strong>${t(`kind.${kind}`)}</strong>:
        ${assignee ? t('attention.assignedTo', { name: assignee }) : t('attention.unassigned')} ·
        <a href="/app/attention?kind=${kind}">${t('attention.openQueue')}</a>
      </p>`;
    })}
  </section>`;
}

/**
 * The status a manual scan form starts on: where the parcel is now, or "in transit" while the
 * carrier has said nothing yet (a person adding a scan has usually seen the parcel move).
 */
function scanDefault(current: Substatus): Substatus {
  return current.startsWith('pending.') ? 'in_transit.other' : current;
}
