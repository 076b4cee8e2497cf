import { html, type Html } from '../../../web/html.js';
import type { ConsoleKey } from '../../i18n/messages.js';
import {
  FAILURE_DAYS,
  FAILURE_WINDOW,
  type BackfillProgress,
  type IntakeHealth,
  type Platform,
  type PlatformHealth,
  type ShopWebhook,
} from '../../queries/integrations.js';
import { number, when } from '../format.js';
import type { ConsoleView } from '../view.js';

const PLATFORMS: readonly Platform[] = ['shopify', 'woocommerce'];
const WEBHOOK_OUTCOMES = ['stored', 'ignored', 'failed'];
const INTAKE_OUTCOMES = [
  'registered',
  'duplicate',
  'no_number',
  'low_confidence',
  'too_large',
  'unknown_address',
  'unreadable',
];

export function renderIntegrations(
  view: ConsoleView,
  input: { platforms: readonly PlatformHealth[]; intake: IntakeHealth },
): Html {
  const { t } = view;
  const nothing =
    input.platforms.length === 0 && input.intake.address === null && input.intake.mails.length === 0;
  return html`<p class="muted">${t('integrations.intro')}</p>
    ${nothing ? html`<p class="card">${t('integrations.nothing')}</p>` : ''}
    ${PLATFORMS.map((platform) => {
      const health = input.platforms.find((p) => p.platform === platform);
      return html`<section class="card" aria-labelledby="${platform}-title">
        <h3 id="${platform}-title">${t(`integrations.${platform}`)}</h3>
        ${health ? renderPlatform(view, health) : html`<p>${t(`integrations.notConfigured.${platform}`)}</p>`}
      </section>`;
    })}
    ${renderIntake(view, input.intake)}`;
}

function renderPlatform(view: ConsoleView, health: PlatformHealth): Html {
  const { t } = view;
  const id = health.platform;
  return html`<div class="table-wrap" tabindex="0">
      <table>
        <caption>
          ${t('integrations.shops')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('integrations.shop')}</th>
            <th scope="col">${t('integrations.backfill')}</th>
          </tr>
        </thead>
        <tbody>
          ${health.shops.map(
            (shop) =>
              html`<tr>
                <th scope="row">${shop.name}</th>
                <td>${renderBackfill(view, shop.backfill)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <dl class="facts">
      <dt>${t('integrations.lastWebhook')}</dt>
      <dd>
        ${health.lastWebhookAt ? when(view, health.lastWebhookAt) : html`<span class="muted">${t('integrations.noWebhook')}</span>`}
      </dd>
      <dt>${t('integrations.lastError')}</dt>
      <dd>
        ${
          health.lastError
            ? html`${when(view, health.lastErrorAt)}<br /><span class="small bad">${health.lastError}</span>`
            : html`<span class="ok">${t('integrations.noError')}</span>`
        }
      </dd>
    </dl>
    <h4>${t('integrations.failures', { n: FAILURE_DAYS })}</h4>
    ${
      health.failuresCut
        ? html`<p class="small muted">
            ${t('integrations.failuresCut', { n: number(view, FAILURE_WINDOW, 0) })}
          </p>`
        : ''
    }
    ${
      health.failures.length === 0
        ? html`<p class="muted">${t('integrations.noFailures', { n: FAILURE_DAYS })}</p>`
        : renderWebhooks(
            view,
            health.failures,
            t('integrations.failures', { n: FAILURE_DAYS }),
            `${id}-failures`,
          )
    }
    <h4>${t('integrations.webhooks')}</h4>
    ${
      health.webhooks.length === 0
        ? html`<p class="muted">${t('integrations.noWebhooks')}</p>`
        : renderWebhooks(
            view,
            health.webhooks,
            t('integrations.webhooksCaption', { platform: t(`integrations.${id}`) }),
            `${id}-webhooks`,
          )
    }`;
}

function renderBackfill(view: ConsoleView, progress: BackfillProgress | undefined): Html {
  const { t } = view;
  if (!progress) return html`<span class="muted">${t('integrations.backfillNone')}</span>`;
  const orders = progress.orders ?? 0;
  const pages =
    progress.page === null
      ? ''
      : progress.totalPages !== null
        ? t('integrations.backfillPagesOf', { page: progress.page, total: progress.totalPages })
        : t('integrations.backfillPages', { n: progress.page });
  return html`<span class="${progress.done ? 'ok' : ''}"
      >${progress.done ? t('integrations.backfillDone', { n: orders }) : t('integrations.backfillRunning', { n: orders })}</span
    >
    ${pages ? html`<br /><span class="small muted">${pages}</span>` : ''}
    ${progress.failed ? html`<br /><span class="small warn">${t('integrations.backfillFailed', { n: progress.failed })}</span>` : ''}
    ${progress.startedAt ? html`<br /><span class="small muted">${t('integrations.backfillStarted')} ${when(view, progress.startedAt)}</span>` : ''}
    ${progress.finishedAt ? html`<br /><span class="small muted">${t('integrations.backfillFinished')} ${when(view, progress.finishedAt)}</span>` : ''}
    ${progress.lastError ? html`<br /><span class="small bad">${progress.lastError}</span>` : ''}`;
}

function renderWebhooks(
  view: ConsoleView,
  webhooks: readonly ShopWebhook[],
  caption: string,
  id: string,
): Html {
  const { t } = view;
  return html`<div class="table-wrap" tabindex="0">
    <table id="${id}">
      <caption class="vh">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('integrations.received')}</th>
          <th scope="col">${t('integrations.topic')}</th>
          <th scope="col">${t('field.outcome')}</th>
          <th scope="col">${t('integrations.detail')}</th>
        </tr>
      </thead>
      <tbody>
        ${webhooks.map(
          (w) =>
            html`<tr>
              <td>${when(view, w.receivedAt)}</td>
              <td><code>${w.topic}</code></td>
              <td class="${w.outcome === 'failed' ? 'bad' : ''}">
                ${WEBHOOK_OUTCOMES.includes(w.outcome) ? t(`webhookOutcome.${w.outcome}` as ConsoleKey) : w.outcome}
              </td>
              <td class="small">${w.detail}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderIntake(view: ConsoleView, intake: IntakeHealth): Html {
  const { t } = view;
  return html`<section class="card" aria-labelledby="intake-title">
    <h3 id="intake-title">${t('intake.title')}</h3>
    ${
      intake.address
        ? html`<dl class="facts">
            <dt>${t('intake.address')}</dt>
            <dd>
              <code id="intake-address">${intake.address}</code><br /><span class="small muted"
                >${t('intake.addressHint')}</span
              >
            </dd>
          </dl>`
        : html`<p>${t('intake.noAddress')}</p>`
    }
    <p class="small muted">${intake.smtpEnabled ? t('intake.smtpOn') : t('intake.smtpOff')}</p>
    <h4>${t('intake.mails')}</h4>
    ${
      intake.mails.length === 0
        ? html`<p class="muted">${t('intake.noMails')}</p>`
        : html`<div class="table-wrap" tabindex="0">
            <table id="intake-mails">
              <caption class="vh">
                ${t('intake.mailsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('integrations.received')}</th>
                  <th scope="col">${t('intake.from')}</th>
                  <th scope="col">${t('intake.subject')}</th>
                  <th scope="col">${t('field.outcome')}</th>
                  <th scope="col">${t('integrations.detail')}</th>
                </tr>
              </thead>
              <tbody>
                ${intake.mails.map(
                  (mail) =>
                    html`<tr>
                      <td>${when(view, mail.receivedAt)}</td>
                      <td>${mail.from}</td>
                      <td>${mail.subject}</td>
                      <td class="${mail.outcome === 'registered' ? 'ok' : ''}">
                        ${INTAKE_OUTCOMES.includes(mail.outcome) ? t(`intakeOutcome.${mail.outcome}` as ConsoleKey) : mail.outcome}
                        ${
                          mail.orderId && mail.orderNumber
                            ? html`<br /><a class="small" href="/app/orders/${mail.orderId}"
                                  >${t('shipment.partOf', { number: mail.orderNumber })}</a
                                >`
                            : ''
                        }
                      </td>
                      <td class="small">${mail.detail}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
