import { formatDay } from './format-time.js';
import { html, type Html } from './html.js';
import type { PageView } from './page-view.js';

/** The channels a tracking page has a form for (push has its own button). */
export const FORM_CHANNELS = ['email', 'sms'] as const;
export type FormChannel = (typeof FORM_CHANNELS)[number];

/** A message shown beside one form after it was posted. */
export interface FormNotice {
  readonly form: 'verify' | 'email' | 'sms';
  readonly kind: 'error' | 'ok';
  readonly text: string;
  /** What the person typed, put back so they can correct it. */
  readonly values?: Readonly<Record<string, string>>;
}

function noticeFor(notice: FormNotice | undefined, form: FormNotice['form'], id: string): Html {
  if (notice?.form !== form) return html``;
  return html`<p
    id="${id}"
    class="notice ${notice.kind}"
    role="${notice.kind === 'error' ? 'alert' : 'status'}"
    tabindex="-1"
  >
    ${notice.text}
  </p>`;
}

export function renderVerify(view: PageView, notice: FormNotice | undefined): Html {
  const { t, shipment } = view;
  if (view.verified) {
    const destination = shipment.destination;
    const rows: [string, string | null][] = [
      [t('orderNumber'), shipment.orderRef],
      [
        t('destination'),
        destination
          ? [destination.postalCode, destination.city, destination.region, destination.country]
              .filter((part) => part)
              .join(', ') || null
          : null,
      ],
      [t('service'), shipment.service],
      [t('promisedDate'), shipment.promisedDate ? formatDay(shipment.promisedDate, view.locale) : null],
      [t('deliveryAttempts'), shipment.deliveryAttempts > 0 ? String(shipment.deliveryAttempts) : null],
    ];
    return html`<section class="card" aria-labelledby="details-title" id="details">
      <h2 id="details-title">${t('fullDetails')}</h2>
      <dl class="facts">
        ${rows
          .filter(([, value]) => value !== null)
          .map(
            ([label, value]) =>
              html`<dt>${label}</dt>
                <dd>${value}</dd>`,
          )}
      </dl>
    </section>`;
  }
  const error = notice?.form === 'verify' && notice.kind === 'error';
  const values = notice?.form === 'verify' ? (notice.values ?? {}) : {};
  return html`<section class="card" aria-labelledby="verify-title" id="verify">
    <h2 id="verify-title">${t('verifyTitle')}</h2>
    <p>${t('verifyIntro')}</p>
    ${noticeFor(notice, 'verify', 'verify-error')}
    <form method="post" action="/t/${view.token}/verify" class="stack">
      <label for="order">${t('orderNumber')}</label>
      <input
        id="order"
        name="order"
        required
        autocomplete="off"
        maxlength="64"
        value="${values['order'] ?? ''}"
        ${error ? html`aria-invalid="true" aria-describedby="verify-error"` : ''}
      />
      <label for="secret">${t('emailOrPostcode')}</label>
      <input
        id="secret"
        name="secret"
        required
        autocomplete="email"
        maxlength="254"
        value="${values['secret'] ?? ''}"
        ${error ? html`aria-invalid="true" aria-describedby="verify-error"` : ''}
      />
      <button type="submit">${t('verifyButton')}</button>
    </form>
  </section>`;
}

// Nothing more will happen to these parcels: there is nothing to be notified about.
const FINISHED = new Set(['delivered', 'cancelled', 'expired']);

/**
 * "Notify me" for the channels this installation sends on (`channels`; push when `vapidKey`):
 * a form for a channel that is off would take an address and promise messages never sent.
 */
export function renderNotify(
  view: PageView,
  notice: FormNotice | undefined,
  vapidKey: string | null,
  channels: readonly FormChannel[],
): Html {
  if (FINISHED.has(view.shipment.status) && !notice) return html``;
  if (channels.length === 0 && !vapidKey && !notice) return html``;
  const { t } = view;
  const shop = view.branding.name;
  const channelForm = (channel: FormChannel) => {
    const isEmail = channel === 'email';
    const error = notice?.form === channel && notice.kind === 'error';
    const values = notice?.form === channel ? (notice.values ?? {}) : {};
    const describedBy = `${channel}-consent-text${error ? ` ${channel}-notice` : ''}`;
    return html`<form
      method="post"
      action="/t/${view.token}/notify"
      class="stack notify-form"
      id="notify-${channel}"
    >
      <h3>${isEmail ? t('notifyEmail') : t('notifySms')}</h3>
      ${noticeFor(notice, channel, `${channel}-notice`)}
      <input type="hidden" name="channel" value="${channel}" />
      <label for="${channel}-address">${isEmail ? t('emailAddress') : t('phoneNumber')}</label>
      <input
        id="${channel}-address"
        name="address"
        required
        maxlength="254"
        type="${isEmail ? 'email' : 'tel'}"
        autocomplete="${isEmail ? 'email' : 'tel'}"
        value="${values['address'] ?? ''}"
        aria-describedby="${describedBy}"
        ${error ? html`aria-invalid="true"` : ''}
      />
      <div class="consent">
        <input type="checkbox" id="${channel}-consent" name="consent" value="yes" required />
        <label for="${channel}-consent" id="${channel}-consent-text"
          >${isEmail ? t('notifyEmailConsent', { shop }) : t('notifySmsConsent', { shop })}</label
        >
      </div>
      <button type="submit">${t('subscribe')}</button>
    </form>`;
  };
  return html`<section class="card" aria-labelledby="notify-title" id="notify">
    <h2 id="notify-title">${t('notifyTitle')}</h2>
    <p>${t('notifyIntro')}</p>
    ${
      vapidKey
        ? html`<div class="push" data-push hidden>
            <h3>${t('notifyPush')}</h3>
            <p id="push-consent">${t('notifyPushConsent', { shop })}</p>
            <button
              type="button"
              data-vapid="${vapidKey}"
              data-done="${t('notifyPushDone')}"
              data-failed="${t('notifyPushFailed')}"
              aria-describedby="push-consent"
            >
              ${t('notifyPushButton')}
            </button>
            <p role="status" class="notice" data-push-status></p>
          </div>`
        : ''
    }
    ${noticeWithoutForm(notice, channels)} ${channels.map(channelForm)}
  </section>`;
}

/** A notice about a channel whose form is not shown (posted to a channel that is off). */
function noticeWithoutForm(notice: FormNotice | undefined, channels: readonly FormChannel[]): Html {
  if (!notice || notice.form === 'verify' || channels.includes(notice.form)) return html``;
  return noticeFor(notice, notice.form, `${notice.form}-notice`);
}
