import type { Branding } from '../../../domain/branding.js';
import { html, type Html } from '../../../web/html.js';
import { csrfField } from '../layout.js';
import type { ConsoleView } from '../view.js';

export function brandingPreviewQuery(branding: Branding): string {
  const params = new URLSearchParams({
    name: branding.name,
    primaryColor: branding.primaryColor,
    accentColor: branding.accentColor,
  });
  if (branding.logoUrl) params.set('logoUrl', branding.logoUrl);
  if (branding.supportEmail) params.set('supportEmail', branding.supportEmail);
  if (branding.supportPhone) params.set('supportPhone', branding.supportPhone);
  if (branding.supportUrl) params.set('supportUrl', branding.supportUrl);
  return params.toString();
}

export function renderBranding(
  view: ConsoleView,
  branding: Branding,
  errors: Readonly<Record<string, string>>,
): Html {
  const { t } = view;
  const field = (name: keyof Branding, type: string, label: string, hint?: string) => {
    const value = branding[name] ?? '';
    const error = errors[name];
    return html`<div class="field">
      <label for="brand-${name}">${label}</label>
      ${error ? html`<p class="error" id="brand-${name}-error">${error}</p>` : ''}
      <input
        id="brand-${name}"
        name="${name}"
        type="${type}"
        value="${String(value)}"
        data-preview
        ${hint || error ? html`aria-describedby="${[hint ? `brand-${name}-hint` : '', error ? `brand-${name}-error` : ''].filter(Boolean).join(' ')}"` : ''}
        ${error ? html`aria-invalid="true"` : ''}
      />
      ${hint ? html`<p class="hint" id="brand-${name}-hint">${hint}</p>` : ''}
    </div>`;
  };
  return html`<div class="two">
    <form class="card" method="post" action="/app/settings/branding" data-branding-form>
      ${csrfField(view)} ${field('name', 'text', t('branding.name'))}
      ${field('logoUrl', 'url', t('branding.logo'), t('branding.logoHint'))}
      ${field('primaryColor', 'color', t('branding.primary'))}
      ${field('accentColor', 'color', t('branding.accent'))}
      ${field('supportEmail', 'email', t('branding.supportEmail'))}
      ${field('supportPhone', 'tel', t('branding.supportPhone'))}
      ${field('supportUrl', 'url', t('branding.supportUrl'))}
      <div class="actions">
        <button type="submit">${t('save')}</button>
        <button
          type="submit"
          class="secondary"
          formmethod="get"
          formaction="/app/settings/branding/preview"
          formtarget="preview"
        >
          ${t('branding.previewButton')}
        </button>
      </div>
    </form>
    <div>
      <h3 id="preview-title">${t('branding.preview')}</h3>
      <p class="muted small">${t('branding.previewHint')}</p>
      <iframe
        name="preview"
        class="preview-frame"
        title="${t('branding.preview')}"
        src="/app/settings/branding/preview?${brandingPreviewQuery(branding)}"
        data-preview-frame
      ></iframe>
    </div>
  </div>`;
}
