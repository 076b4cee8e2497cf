import { html, type Html } from '../../web/html.js';
import { LOCALES } from '../../web/i18n/messages.js';
import { PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { consoleCatalog } from '../i18n/messages.js';
import { errorList, input } from './auth.js';
import { csrfField, renderFlash, renderLayout, type Flash } from './layout.js';
import type { ConsoleView } from './view.js';

export function renderAccount(
  view: ConsoleView,
  state: {
    errors: Readonly<Record<string, string>>;
    flash?: Flash | undefined;
    savedLocale: string | null;
    attentionCount: number;
  },
): Html {
  const { t, me } = view;
  return renderLayout(view, {
    title: t('account.title'),
    section: 'account',
    attentionCount: state.attentionCount,
    body: html`<h1>${t('account.title')}</h1>
      ${renderFlash(state.flash)}
      <section class="card">
        <dl class="facts">
          <dt>${t('field.name')}</dt>
          <dd>${me?.name ?? ''}</dd>
          <dt>${t('field.email')}</dt>
          <dd>${me?.email ?? ''}</dd>
          <dt>${t('users.role')}</dt>
          <dd>${me ? t(`role.${me.role}`) : ''}</dd>
        </dl>
      </section>
      <form class="card" method="post" action="/app/account/language">
        ${csrfField(view)}
        <label for="account-language">${t('language')}</label>
        <select id="account-language" name="locale">
          ${LOCALES.map((l) => html`<option value="${l}" ${l === (state.savedLocale ?? view.locale) ? html`selected` : ''}>${consoleCatalog(l).languageName}</option>`)}
        </select>
        <button type="submit" class="secondary">${t('save')}</button>
      </form>
      <form class="card" method="post" action="/app/account/password" novalidate>
        ${csrfField(view)}
        <h2>${t('account.changePassword')}</h2>
        ${errorList(view, state.errors)}
        ${input(view, { name: 'current', label: t('field.currentPassword'), type: 'password', autocomplete: 'current-password', error: state.errors['current'] })}
        ${input(view, { name: 'password', label: t('field.newPassword'), type: 'password', autocomplete: 'new-password', error: state.errors['password'], hint: t('password.hint', { min: PASSWORD_MIN_LENGTH }) })}
        ${input(view, { name: 'confirm', label: t('field.confirmPassword'), type: 'password', autocomplete: 'new-password', error: state.errors['confirm'] })}
        <p class="hint">${t('account.otherSessions')}</p>
        <button type="submit">${t('account.changePassword')}</button>
      </form>`,
  });
}
