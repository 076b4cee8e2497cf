import { html, type Html } from '../../../web/html.js';
import { can } from '../../roles.js';
import { renderFlash, renderLayout, type Flash } from '../layout.js';
import type { ConsoleView } from '../view.js';

export const SETTINGS_PAGES = [
  'branding',
  'notifications',
  'webhooks',
  'api-keys',
  'carriers',
  'integrations',
  'users',
  'audit',
] as const;
export type SettingsPage = (typeof SETTINGS_PAGES)[number];

/** Only the health of carriers and integrations is open to everyone; the rest is the owner's. */
export function settingsPagesFor(view: ConsoleView): SettingsPage[] {
  if (view.me && can(view.me.role, 'manage')) return [...SETTINGS_PAGES];
  return ['carriers', 'integrations'];
}

export function renderSettings(
  view: ConsoleView,
  input: { page: SettingsPage; title: string; body: Html; attentionCount: number; flash?: Flash | undefined },
): Html {
  const { t } = view;
  return renderLayout(view, {
    title: `${input.title} · ${t('nav.settings')}`,
    section: 'settings',
    attentionCount: input.attentionCount,
    body: html`<h1>${t('nav.settings')}</h1>
      <nav aria-label="${t('settings.sections')}" class="card">
        <ul class="tabs">
          ${settingsPagesFor(view).map(
            (page) =>
              html`<li>
                <a href="/app/settings/${page}" ${page === input.page ? html`aria-current="page"` : ''}
                  >${t(`settings.${page}`)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <h2>${input.title}</h2>
      ${renderFlash(input.flash)} ${input.body}`,
  });
}
