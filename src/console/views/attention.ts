import { html, type Html } from '../../web/html.js';
import type { User } from '../auth/users.js';
import { KINDS, type AttentionItem, type AttentionKind } from '../queries/attention.js';
import { ACTORS, type Actor } from '../queries/shipment-filter.js';
import type { SystemTroubles } from '../queries/system-troubles.js';
import { can } from '../roles.js';
import { carrierName, day, percent, statusPill, when } from './format.js';
import { csrfField, renderFlash, renderLayout, type Flash } from './layout.js';
import type { ConsoleView } from './view.js';

export interface AttentionInput {
  readonly counts: { byKind: Record<AttentionKind, number>; byActor: Record<Actor, number>; total: number };
  readonly items: ReadonlyMap<AttentionKind, readonly AttentionItem[]>;
  readonly troubles: SystemTroubles;
  readonly users: readonly User[];
  readonly assigned: 'all' | 'me' | 'unassigned';
  readonly kind: AttentionKind | null;
  readonly flash?: Flash | undefined;
  readonly perKind: number;
}

export function renderAttention(view: ConsoleView, input: AttentionInput): Html {
  const { t } = view;
  return renderLayout(view, {
    title: t('attention.title'),
    section: 'attention',
    attentionCount: input.counts.total,
    bodyData: html`data-live="attention"`,
    body: html`<h1>${t('attention.title')}</h1>
      ${renderFlash(input.flash)} ${renderQueueFilter(view, input)}
      <p>
        <a
          class="button secondary"
          href="/app/attention.csv${input.kind || input.assigned !== 'all' ? `?${new URLSearchParams({ ...(input.kind ? { kind: input.kind } : {}), ...(input.assigned !== 'all' ? { assigned: input.assigned } : {}) }).toString()}` : ''}"
          download
          >${view.t('exportCsv')}</a
        >
      </p>
      <div id="attention-queue">${renderQueue(view, input)}</div>`,
  });
}

function renderQueueFilter(view: ConsoleView, input: AttentionInput): Html {
  const { t } = view;
  const selected = (on: boolean) => (on ? html`selected` : '');
  return html`<form
    class="card actions"
    method="get"
    action="/app/attention"
    aria-label="${t('attention.filter')}"
  >
    <div>
      <label for="assigned">${t('attention.show')}</label>
      <select id="assigned" name="assigned">
        <option value="all" ${selected(input.assigned === 'all')}>${t('attention.everyone')}</option>
        <option value="me" ${selected(input.assigned === 'me')}>${t('attention.mine')}</option>
        <option value="unassigned" ${selected(input.assigned === 'unassigned')}>
          ${t('attention.unassigned')}
        </option>
      </select>
    </div>
    <div>
      <label for="kind">${t('attention.kind')}</label>
      <select id="kind" name="kind">
        <option value="">${t('any')}</option>
        ${KINDS.map((k) => html`<option value="${k}" ${selected(input.kind === k)}>${t(`kind.${k}`)}</option>`)}
      </select>
    </div>
    <button type="submit" class="secondary">${t('apply')}</button>
  </form>`;
}

/** The queue itself: also sent alone when it changes (live updates). */
export function renderQueue(view: ConsoleView, input: AttentionInput): Html {
  const { t } = view;
  const { counts } = input;
  const kinds = input.kind ? [input.kind] : KINDS;
  return html`<p class="muted" data-attention-total="${counts.total}">
      ${t('attention.total', { n: counts.total })}
    </p>
    <div class="grid">
      ${KINDS.map(
        (k) =>
          html`<a class="card stat" href="/app/attention?kind=${k}">
            <span class="n">${counts.byKind[k]}</span><span class="l">${t(`kind.${k}`)}</span>
          </a>`,
      )}
    </div>
    ${kinds.map((kind) => renderKind(view, input, kind))} ${renderTroubles(view, input.troubles)}`;
}

function renderKind(view: ConsoleView, input: AttentionInput, kind: AttentionKind): Html {
  const { t } = view;
  const items = input.items.get(kind) ?? [];
  const count = input.counts.byKind[kind];
  const heading = `${t(`kind.${kind}`)} (${count})`;
  if (kind === 'exception') {
    return html`<section aria-labelledby="kind-${kind}">
      <h2 id="kind-${kind}">${heading}</h2>
      <p class="muted small">${t('kind.exception.hint')}</p>
      ${ACTORS.map((actor) => {
        const group = items.filter((item) => item.actor === actor);
        return html`<h3 id="actor-${actor}">
            ${t(`attention.byActor.${actor}`)} (${input.counts.byActor[actor]})
          </h3>
          ${renderItems(view, input, group, `actor-${actor}`)}`;
      })}
      ${count > items.length ? moreLink(view, kind) : ''}
    </section>`;
  }
  return html`<section aria-labelledby="kind-${kind}">
    <h2 id="kind-${kind}">${heading}</h2>
    <p class="muted small">${t(`kind.${kind}.hint`)}</p>
    ${renderItems(view, input, items, `kind-${kind}`)} ${count > items.length ? moreLink(view, kind) : ''}
  </section>`;
}

function moreLink(view: ConsoleView, kind: AttentionKind): Html {
  return html`<p><a href="/app/attention?kind=${kind}">${view.t('attention.more')}</a></p>`;
}

function renderItems(
  view: ConsoleView,
  input: AttentionInput,
  items: readonly AttentionItem[],
  labelledBy: string,
): Html {
  const { t } = view;
  if (items.length === 0) return html`<p class="muted">${t('attention.empty')}</p>`;
  const mayAct = view.me !== undefined && can(view.me.role, 'act');
  const names = new Map(input.users.map((u) => [u.id, u.name]));
  return html`<div class="table-wrap" tabindex="0">
    <table aria-labelledby="${labelledBy}">
      <thead>
        <tr>
          <th scope="col">${t('field.trackingNumber')}</th>
          <th scope="col">${t('field.status')}</th>
          <th scope="col">${t('field.lastScan')}</th>
          <th scope="col">${t('attention.owner')}</th>
          ${mayAct ? html`<th scope="col">${t('field.actions')}</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${items.map((item) => {
          const s = item.listed.shipment;
          const assignee = item.assigneeId ? names.get(item.assigneeId) : undefined;
          const action = `/app/attention/${s.id}/${item.kind}`;
          return html`<tr data-id="${s.id}" data-kind="${item.kind}">
            <td>
              <a href="/app/shipments/${s.id}">${s.trackingNumber}</a><br />
              <span class="small muted"
                >${carrierName(s.carrier, s.trackingNumber)}${s.orderRef ? ` · ${s.orderRef}` : ''}</span
              >
            </td>
            <td>
              ${statusPill(view, s.status)}
              ${s.exceptionReason ? html`<br /><span class="small">${t(`reason.${s.exceptionReason}`)} · ${s.substatus}</span>` : ''}
              ${item.kind === 'late' && s.promisedDate ? html`<br /><span class="small warn">${t('attention.promised', { day: day(view, s.promisedDate) })}</span>` : ''}
              ${item.kind === 'late' && s.estimate?.probabilityByPromise !== undefined ? html` <span class="small">(${percent(view, s.estimate.probabilityByPromise, 0)})</span>` : ''}
            </td>
            <td>${when(view, s.lastEventAt ?? s.createdAt)}</td>
            <td>
              ${assignee ? assignee : html`<span class="muted">${t('attention.unassigned')}</span>`}
              ${item.state === 'acknowledged' ? html`<br /><span class="pill">${t('markState.acknowledged')}</span>` : ''}
              ${item.reason ? html`<br /><span class="small muted">${item.reason}</span>` : ''}
            </td>
            ${
              mayAct
                ? html`<td>
                    <form method="post" action="${action}" class="actions">
                      ${csrfField(view)}
                      <label class="vh" for="assignee-${s.id}-${item.kind}">${t('attention.assignTo')}</label>
                      <select id="assignee-${s.id}-${item.kind}" name="assignee">
                        <option value="">${t('attention.nobody')}</option>
                        ${input.users
                          .filter((u) => u.disabledAt === null && u.role !== 'viewer')
                          .map(
                            (u) =>
                              html`<option value="${u.id}" ${u.id === item.assigneeId ? html`selected` : ''}>
                                ${u.name}
                              </option>`,
                          )}
                      </select>
                      <button type="submit" name="action" value="assign" class="secondary">
                        ${t('attention.assign')}
                      </button>
                    </form>
                    <form method="post" action="${action}" class="actions">
                      ${csrfField(view)}
                      <label class="vh" for="reason-${s.id}-${item.kind}">${t('field.reason')}</label>
                      <input
                        id="reason-${s.id}-${item.kind}"
                        name="reason"
                        type="text"
                        maxlength="500"
                        placeholder="${t('field.reason')}"
                      />
                      <button type="submit" name="action" value="handle">
                        ${t('attention.markHandled')}
                      </button>
                    </form>
                  </td>`
                : ''
            }
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function renderTroubles(view: ConsoleView, troubles: SystemTroubles): Html {
  const { t } = view;
  return html`<section aria-labelledby="troubles-title">
    <h2 id="troubles-title">${t('attention.system')}</h2>
    <h3>${t('attention.endpoints')} (${troubles.endpoints.length})</h3>
    ${
      troubles.endpoints.length === 0
        ? html`<p class="muted">${t('attention.empty')}</p>`
        : html`<ul>
            ${troubles.endpoints.map(
              (e) =>
                html`<li>
                  <a href="/app/settings/webhooks/${e.id}">${e.url}</a>:
                  ${e.enabled ? t('attention.endpointFailing', { retrying: e.retrying, dead: e.dead }) : t('attention.endpointDisabled', { reason: e.disabledReason ?? '' })}
                </li>`,
            )}
          </ul>`
    }
    <h3>${t('attention.circuits')} (${troubles.openCircuits.length})</h3>
    ${
      troubles.openCircuits.length === 0
        ? html`<p class="muted">${t('attention.empty')}</p>`
        : html`<ul>
            ${troubles.openCircuits.map(
              (h) =>
                html`<li>
                  <a href="/app/settings/carriers">${carrierName(h.carrier)}</a>:
                  ${t('attention.circuitState', { state: t(`breaker.${h.breaker}`) })}
                  ${h.lastError ? html` · ${h.lastError}` : ''}
                  ${h.lastErrorAt ? html` · ${when(view, h.lastErrorAt)}` : ''}
                </li>`,
            )}
          </ul>`
    }
    <h3>${t('attention.unmapped')} (${troubles.unmapped.length})</h3>
    ${
      troubles.unmapped.length === 0
        ? html`<p class="muted">${t('attention.empty')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table>
              <caption class="vh">
                ${t('attention.unmapped')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('field.carrier')}</th>
                  <th scope="col">${t('shipment.rawCode')}</th>
                  <th scope="col">${t('field.description')}</th>
                  <th scope="col" class="num">${t('field.count')}</th>
                  <th scope="col">${t('attention.lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                ${troubles.unmapped.map(
                  (u) =>
                    html`<tr>
                      <td>${carrierName(u.carrier)}</td>
                      <td><code>${u.rawCode}</code></td>
                      <td>${u.sampleDescription}</td>
                      <td class="num">${u.count}</td>
                      <td>${when(view, u.lastSeenAt)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
