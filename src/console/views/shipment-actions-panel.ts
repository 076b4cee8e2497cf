import { SUBSTATUS_CODES, type Substatus } from '../../domain/status.js';
import { html, type Html } from '../../web/html.js';
import { can } from '../roles.js';
import { CARRIER_OPTIONS } from './carrier-options.js';
import { countryInput } from './country-input.js';
import { percent } from './format.js';
import { csrfField } from './layout.js';
import type { DetailInput } from './shipment-detail.js';
import type { ConsoleView } from './view.js';

// The shipment page's right-hand column: what a person can do to the parcel (edit, resend, add a
// scan, archive, mark…) and who works its open attention items. Read-only roles see neither form.

export function renderActions(view: ConsoleView, input: DetailInput): Html {
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
      ${toggleForm(view, `${base}/notifications/pause`, 'paused', input.detail.listed.notificationsPaused, {
        on: t('shipment.resumeNotifications'),
        off: t('shipment.pauseNotifications'),
      })}

      <h3>${t('shipment.archiveHeading')}</h3>
      ${toggleForm(view, `${base}/archive`, 'archived', input.detail.listed.archivedAt !== null, {
        on: t('shipment.unarchive'),
        off: t('shipment.archive'),
      })}

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
          ${countryInput(view, { id: 'scan-country', name: 'country' })}
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
/** An on/off switch: posts `field` = 1 to turn it on, 0 to turn it off; the button says which. */
function toggleForm(
  view: ConsoleView,
  action: string,
  field: string,
  on: boolean,
  labels: { on: string; off: string },
): Html {
  return html`<form method="post" action="${action}">
    ${csrfField(view)}
    <input type="hidden" name="${field}" value="${on ? '0' : '1'}" />
    <button type="submit" class="secondary">${on ? labels.on : labels.off}</button>
  </form>`;
}

function scanDefault(current: Substatus): Substatus {
  return current.startsWith('pending.') ? 'in_transit.other' : current;
}
