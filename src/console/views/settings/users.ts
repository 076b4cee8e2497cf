import { html, type Html } from '../../../web/html.js';
import type { ConsoleToken } from '../../auth/tokens.js';
import type { User } from '../../auth/users.js';
import { ROLES } from '../../roles.js';
import { csrfField } from '../layout.js';
import { when } from '../format.js';
import type { ConsoleView } from '../view.js';

export function renderUsers(
  view: ConsoleView,
  input: {
    users: readonly User[];
    sessions: ReadonlyMap<string, number>;
    invitations: readonly ConsoleToken[];
    /** A link shown once when email is off (invitation or reset). */
    link?: { kind: 'invite' | 'reset'; email: string; url: string };
    emailEnabled: boolean;
    error?: string;
  },
): Html {
  const { t } = view;
  return html`${
      input.link
        ? html`<section class="card flash info" aria-labelledby="link-title">
            <h3 id="link-title">
              ${t(input.link.kind === 'invite' ? 'users.inviteLink' : 'users.resetLink', { email: input.link.email })}
            </h3>
            <p>${t('users.linkOnce')}</p>
            <p class="key">${input.link.url}</p>
          </section>`
        : ''
    }
    <form class="card" method="post" action="/app/settings/users/invitations">
      ${csrfField(view)}
      <h3>${t('users.invite')}</h3>
      ${input.error ? html`<p class="error" role="alert" id="invite-error">${input.error}</p>` : ''}
      <p class="muted small">${input.emailEnabled ? t('users.inviteByEmail') : t('users.inviteNoEmail')}</p>
      <div class="filters">
        <div>
          <label for="invite-email">${t('field.email')}</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            required
            maxlength="254"
            ${input.error ? html`aria-invalid="true" aria-describedby="invite-error"` : ''}
          />
        </div>
        <div>
          <label for="invite-role">${t('users.role')}</label>
          <select id="invite-role" name="role">
            ${ROLES.map((role) => html`<option value="${role}" ${role === 'agent' ? html`selected` : ''}>${t(`role.${role}`)}</option>`)}
          </select>
        </div>
        <div><button type="submit">${t('users.inviteButton')}</button></div>
      </div>
    </form>
    <div class="table-wrap" tabindex="0">
      <table>
        <caption>
          ${t('settings.users')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('field.name')}</th>
            <th scope="col">${t('users.role')}</th>
            <th scope="col">${t('field.status')}</th>
            <th scope="col">${t('users.lastSignIn')}</th>
            <th scope="col">${t('field.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${input.users.map((u) => {
            const self = u.id === view.me?.id;
            return html`<tr>
              <th scope="row">${u.name}<br /><span class="small muted">${u.email}</span></th>
              <td>
                <form method="post" action="/app/settings/users/${u.id}" class="actions">
                  ${csrfField(view)}
                  <label class="vh" for="role-${u.id}">${t('users.role')}</label>
                  <select id="role-${u.id}" name="role" ${self ? html`disabled` : ''}>
                    ${ROLES.map((role) => html`<option value="${role}" ${role === u.role ? html`selected` : ''}>${t(`role.${role}`)}</option>`)}
                  </select>
                  ${self ? '' : html`<button type="submit" name="action" value="role" class="secondary">${t('users.changeRole')}</button>`}
                </form>
              </td>
              <td>
                ${u.disabledAt ? html`<span class="bad">${t('users.disabled')}</span>` : html`<span class="ok">${t('users.active')}</span>`}
                <br /><span class="small muted"
                  >${t('users.sessions', { n: input.sessions.get(u.id) ?? 0 })}</span
                >
              </td>
              <td>${u.lastLoginAt ? when(view, u.lastLoginAt) : '–'}</td>
              <td>
                ${
                  self
                    ? html`<span class="muted small">${t('users.you')}</span>`
                    : html`<form method="post" action="/app/settings/users/${u.id}" class="actions">
                        ${csrfField(view)}
                        <button
                          type="submit"
                          name="action"
                          value="${u.disabledAt ? 'enable' : 'disable'}"
                          class="secondary"
                        >
                          ${u.disabledAt ? t('users.enable') : t('users.disable')}
                        </button>
                        <button type="submit" name="action" value="end_sessions" class="secondary">
                          ${t('users.endSessions')}
                        </button>
                        <button type="submit" name="action" value="reset" class="secondary">
                          ${t('users.sendReset')}
                        </button>
                      </form>`
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <h3>${t('users.invitations')}</h3>
    ${
      input.invitations.length === 0
        ? html`<p class="muted">${t('users.noInvitations')}</p>`
        : html`<ul>
            ${input.invitations.map(
              (inv) =>
                html`<li>
                  ${inv.email} · ${t(`role.${inv.role ?? 'viewer'}`)} · ${t('users.expires')}
                  ${when(view, inv.expiresAt)}
                  <form
                    method="post"
                    action="/app/settings/users/invitations/${inv.id}/revoke"
                    class="inline"
                  >
                    ${csrfField(view)}<button type="submit" class="secondary">
                      ${t('users.revokeInvitation')}
                    </button>
                  </form>
                </li>`,
            )}
          </ul>`
    }`;
}
