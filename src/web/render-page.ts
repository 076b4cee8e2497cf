import { html, jsonForScript, type Html } from './html.js';
import type { PageView } from './page-view.js';
import { renderLive } from './render-live.js';
import { renderNotify, renderVerify, type FormChannel, type FormNotice } from './render-forms.js';
import { renderShell } from './render-shell.js';
import { parcelDelivery } from './schema-org.js';
import type { MessageKey } from './i18n/messages.js';

export interface PageExtras {
  readonly nonce: string;
  readonly notice?: FormNotice | undefined;
  /** VAPID public key when web push is available, else the push option is not offered. */
  readonly vapidKey: string | null;
  /** The channels with a "Notify me" form: those this installation sends on. */
  readonly channels: readonly FormChannel[];
  /** A preview (the console's branding page): no live updates, no service worker, nothing to ask. */
  readonly preview?: boolean;
}

/** The whole tracking page; the live part is the same markup live updates send. */
export function renderTrackingPage(view: PageView, extras: PageExtras): Html {
  const { t, shipment, branding } = view;
  const body = html`<section class="card identity" aria-label="${t('carrier')}">
      <dl class="facts">
        <dt>${t('carrier')}</dt>
        <dd>${view.carrier.name}</dd>
        <dt>${t('trackingNumber')}</dt>
        <dd>
          <code id="tracking-number" translate="no">${shipment.trackingNumber}</code>
          <button
            type="button"
            class="copy secondary"
            data-copy="tracking-number"
            data-copied="${t('copied')}"
            hidden
          >
            ${t('copy')}
          </button>
          <span class="vh" role="status" data-copy-status></span>
        </dd>
      </dl>
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
    </section>
    <p class="vh" role="status" id="announce"></p>
    <p class="notice offline" id="offline" role="status" hidden>${t('offline')}</p>
    <div id="live">${renderLive(view)}</div>
    ${renderVerify(view, extras.notice)}
    ${renderNotify(view, extras.notice, extras.vapidKey, extras.channels)} ${renderSupport(view)}`;
  const statusWords = t(`status.${shipment.status}` as MessageKey);
  return renderShell({
    locale: view.locale,
    dir: view.dir,
    title: `${statusWords} · ${branding.name}`,
    branding,
    path: `/t/${view.token}`,
    nonce: extras.nonce,
    head: html`<script type="application/ld+json">
      ${jsonForScript(parcelDelivery(view))}
    </script>`,
    body,
    // Without data-token the script neither opens the live stream nor registers the worker.
    bodyData: html`${extras.preview ? '' : html`data-token="${view.token}" `}data-seq="${view.seq}"
    data-locale="${view.locale}" data-zone="${view.zone}"`,
  });
}

/** The shop's support contacts; the order page (render-order.ts) shows the same card. */
export function renderSupport(view: Pick<PageView, 'branding' | 't'>): Html {
  const { branding, t } = view;
  const contacts = [
    branding.supportEmail
      ? html`<li>
          ${t('supportEmail')}: <a href="mailto:${branding.supportEmail}">${branding.supportEmail}</a>
        </li>`
      : '',
    branding.supportPhone
      ? html`<li>
          ${t('supportPhone')}:
          <a href="tel:${branding.supportPhone.replace(/[^+\d]/g, '')}">${branding.supportPhone}</a>
        </li>`
      : '',
    branding.supportUrl && /^https?:\/\//.test(branding.supportUrl)
      ? html`<li><a href="${branding.supportUrl}" rel="noopener noreferrer">${t('supportWebsite')}</a></li>`
      : '',
  ];
  // "Contact the shop" with no way to do it helps nobody: without contacts there is no card.
  if (contacts.every((contact) => contact === '')) return html``;
  return html`<section class="card" aria-labelledby="support-title">
    <h2 id="support-title">${t('support')}</h2>
    <p>${t('contactShop', { shop: branding.name })}</p>
    <ul class="plain">
      ${contacts}
    </ul>
  </section>`;
}
