import { html, type Html } from '../../web/html.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { csrfField, renderFlash, renderLayout, type Flash } from './layout.js';
import type { ConsoleView } from './view.js';

function page(view: ConsoleView, title: string, body: Html): Html {
  return renderLayout(view, {
    title,
    section: 'none',
    body: html`<section class="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">${title}</h1>
      ${body}
    </section>`,
  });
}

function errorList(view: ConsoleView, errors: Readonly<Record<string, string>>): Html {
  const entries = Object.entries(errors);
  if (entries.length === 0) return html``;
  return html`<div class="flash bad" role="alert">
    <p><strong>${view.t('form.fixThese')}</strong></p>
    <ul>
      ${entries.map(([field, text]) => html`<li><a href="#${field}">${text}</a></li>`)}
    </ul>
  </div>`;
}

function input(
  view: ConsoleView,
  spec: {
    name: string;
    label: string;
    type: string;
    value?: string;
    autocomplete: string;
    error?: string | undefined;
    hint?: string;
    required?: boolean;
  },
): Html {
  const hintId = spec.hint ? `${spec.name}-hint` : '';
  const errorId = spec.error ? `${spec.name}-error` : '';
  const described = [hintId, errorId].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for="${spec.name}">${spec.label}</label>
    ${spec.error ? html`<p class="error" id="${errorId}">${spec.error}</p>` : ''}
    <input
      id="${spec.name}"
      name="${spec.name}"
      type="${spec.type}"
      value="${spec.value ?? ''}"
      autocomplete="${spec.autocomplete}"
      ${spec.required === false ? '' : html`required`}
      ${spec.type === 'password' ? html`minlength="${PASSWORD_MIN_LENGTH}" maxlength="${PASSWORD_MAX_LENGTH * 4}"` : ''}
      ${described ? html`aria-describedby="${described}"` : ''}
      ${spec.error ? html`aria-invalid="true"` : ''}
    />
    ${spec.hint ? html`<p class="hint" id="${hintId}">${spec.hint}</p>` : ''}
  </div>`;
}

export function renderSignIn(
  view: ConsoleView,
  state: { email?: string; next?: string; failed?: boolean; flash?: Flash; firstRun?: boolean },
): Html {
  const { t } = view;
  return page(
    view,
    t('signIn.title'),
    html`${renderFlash(state.flash)}
      ${state.firstRun ? html`<p class="flash" role="status">${t('signIn.firstRun')}</p>` : ''}
      ${state.failed ? html`<p class="flash bad" role="alert">${t('signIn.failed')}</p>` : ''}
      <form method="post" action="/app/login" novalidate>
        ${csrfField(view)}
        <input type="hidden" name="next" value="${state.next ?? ''}" />
        ${input(view, { name: 'email', label: t('field.email'), type: 'email', value: state.email ?? '', autocomplete: 'username' })}
        ${input(view, { name: 'password', label: t('field.password'), type: 'password', autocomplete: 'current-password' })}
        <button type="submit">${t('signIn.button')}</button>
      </form>
      <p><a href="/app/forgot">${t('signIn.forgot')}</a></p>`,
  );
}

export interface AccountFormState {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}

/** The first owner's account (setup) or an invited person's (invite). */
export function renderCreateAccount(
  view: ConsoleView,
  spec: { mode: 'setup' | 'invite'; action: string; email?: string; role?: string; state: AccountFormState },
): Html {
  const { t } = view;
  const { values, errors } = spec.state;
  return page(
    view,
    spec.mode === 'setup' ? t('setup.title') : t('invite.title'),
    html`<p>${spec.mode === 'setup' ? t('setup.intro') : t('invite.intro', { role: spec.role ?? '' })}</p>
      ${errorList(view, errors)}
      <form method="post" action="${spec.action}" novalidate>
        ${csrfField(view)}
        ${
          spec.mode === 'setup'
            ? input(view, {
                name: 'shop',
                label: t('field.shopName'),
                type: 'text',
                value: values['shop'] ?? '',
                autocomplete: 'organization',
                error: errors['shop'],
              })
            : ''
        }
        ${input(view, { name: 'name', label: t('field.yourName'), type: 'text', value: values['name'] ?? '', autocomplete: 'name', error: errors['name'] })}
        ${
          spec.mode === 'setup'
            ? input(view, {
                name: 'email',
                label: t('field.email'),
                type: 'email',
                value: values['email'] ?? '',
                autocomplete: 'username',
                error: errors['email'],
              })
            : html`<p><strong>${t('field.email')}:</strong> ${spec.email ?? ''}</p>`
        }
        ${input(view, {
          name: 'password',
          label: t('field.newPassword'),
          type: 'password',
          autocomplete: 'new-password',
          error: errors['password'],
          hint: t('password.hint', { min: PASSWORD_MIN_LENGTH }),
        })}
        ${input(view, { name: 'confirm', label: t('field.confirmPassword'), type: 'password', autocomplete: 'new-password', error: errors['confirm'] })}
        <button type="submit">${spec.mode === 'setup' ? t('setup.button') : t('invite.button')}</button>
      </form>`,
  );
}

export function renderForgot(view: ConsoleView, state: { sent?: boolean; emailOff?: boolean }): Html {
  const { t } = view;
  // Without email there is nothing to send: say who can help instead of offering a form that
  // would only pretend to.
  if (state.emailOff) {
    return page(
      view,
      t('forgot.title'),
      html`<p class="flash info" role="status">${t('forgot.emailOff')}</p>
        <p><a href="/app/login">${t('backToSignIn')}</a></p>`,
    );
  }
  return page(
    view,
    t('forgot.title'),
    html`${state.sent ? html`<p class="flash ok" role="status">${t('forgot.sent')}</p>` : ''}
      <p>${t('forgot.intro')}</p>
      <form method="post" action="/app/forgot" novalidate>
        ${csrfField(view)}
        ${input(view, { name: 'email', label: t('field.email'), type: 'email', autocomplete: 'username' })}
        <button type="submit">${t('forgot.button')}</button>
      </form>
      <p><a href="/app/login">${t('backToSignIn')}</a></p>`,
  );
}

export function renderReset(view: ConsoleView, action: string, state: AccountFormState): Html {
  const { t } = view;
  return page(
    view,
    t('reset.title'),
    html`${errorList(view, state.errors)}
      <form method="post" action="${action}" novalidate>
        ${csrfField(view)}
        ${input(view, {
          name: 'password',
          label: t('field.newPassword'),
          type: 'password',
          autocomplete: 'new-password',
          error: state.errors['password'],
          hint: t('password.hint', { min: PASSWORD_MIN_LENGTH }),
        })}
        ${input(view, { name: 'confirm', label: t('field.confirmPassword'), type: 'password', autocomplete: 'new-password', error: state.errors['confirm'] })}
        <button type="submit">${t('reset.button')}</button>
      </form>`,
  );
}

export function renderLinkInvalid(view: ConsoleView): Html {
  const { t } = view;
  return page(
    view,
    t('link.invalidTitle'),
    html`<p>${t('link.invalidText')}</p>
      <p><a href="/app/login">${t('backToSignIn')}</a></p>`,
  );
}

export { errorList, input };
