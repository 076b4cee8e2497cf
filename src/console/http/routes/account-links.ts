import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { audit } from '../../audit.js';
import { accountProblems } from '../../auth/account-input.js';
import { hashPassword } from '../../auth/password.js';
import { createSession } from '../../auth/sessions.js';
import { revokeInvitationsOf, tokenForLink, useToken, type ConsoleToken } from '../../auth/tokens.js';
import { createUser, findUserByEmail, normalizeEmail, noteSignIn } from '../../auth/users.js';
import { renderCreateAccount, renderLinkInvalid } from '../../views/auth.js';
import type { ConsoleView } from '../../views/view.js';
import { appendCookie, sessionCookie } from '../cookies.js';
import type { ConsoleContext } from '../deps.js';
import { formOf, one, type FormFields } from '../forms.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sendConsolePage, seeOther } from '../respond.js';
import { actorOf, preSignIn } from './auth.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 64 }) });
const PUBLIC = { public: true } as const;

/**
 * How the two kinds of account link differ: the first owner's set-up also names the shop and
 * chooses the email; an invitation names the email and the role already.
 */
interface LinkKind {
  readonly purpose: 'setup' | 'invite';
  readonly values: (
    form: FormFields,
    token: ConsoleToken,
  ) => Record<string, string> & { email: string; name: string; password: string; confirm: string };
  readonly role: (token: ConsoleToken) => 'owner' | 'agent' | 'viewer';
  readonly action: 'owner.created' | 'invitation.accepted';
}

const KINDS: readonly LinkKind[] = [
  {
    purpose: 'setup',
    values: (form) => ({
      shop: one(form, 'shop'),
      name: one(form, 'name'),
      email: normalizeEmail(one(form, 'email')),
      password: one(form, 'password'),
      confirm: one(form, 'confirm'),
    }),
    role: () => 'owner',
    action: 'owner.created',
  },
  {
    purpose: 'invite',
    values: (form, token) => ({
      name: one(form, 'name'),
      email: token.email ?? '',
      password: one(form, 'password'),
      confirm: one(form, 'confirm'),
    }),
    role: (token) => token.role ?? 'viewer',
    action: 'invitation.accepted',
  },
];

/** The first owner's set-up link and invitations: each creates an account once and signs it in. */
export const accountLinkRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { view: preView, check } = preSignIn(context);

  for (const kind of KINDS) {
    const form = (
      view: ConsoleView,
      action: string,
      token: ConsoleToken,
      state: { values: Record<string, string>; errors: Record<string, string> },
    ) =>
      renderCreateAccount(view, {
        mode: kind.purpose,
        action,
        email: token.email ?? '',
        role: view.t(`role.${kind.role(token)}`),
        state,
      });

    api.get(
      `/${kind.purpose}/:token`,
      { config: PUBLIC, schema: { hide: true, params: TokenParams } },
      async (request, reply) => {
        const view = await preView(request, reply);
        const token = await tokenForLink(db, request.params.token, kind.purpose, deps.clock());
        if (!token) return sendConsolePage(reply, 404, renderLinkInvalid(view));
        return sendConsolePage(
          reply,
          200,
          form(view, request.url.split('?')[0] ?? '', token, { values: {}, errors: {} }),
        );
      },
    );

    api.post(
      `/${kind.purpose}/:token`,
      { config: PUBLIC, schema: { hide: true, params: TokenParams } },
      async (request, reply) => {
        await check(request);
        const now = deps.clock();
        const view = await preView(request, reply);
        const token = await tokenForLink(db, request.params.token, kind.purpose, now);
        if (!token || (kind.purpose === 'invite' && !token.email))
          return sendConsolePage(reply, 404, renderLinkInvalid(view));
        const values = kind.values(formOf(request.body), token);
        const errors = accountProblems(view.t, values);
        if (!errors['email'] && (await findUserByEmail(db, values.email)))
          errors[kind.purpose === 'setup' ? 'email' : 'name'] = view.t('form.emailTaken');
        if (Object.keys(errors).length > 0)
          return sendConsolePage(reply, 400, form(view, request.url, token, { values, errors }));
        return createAccount(context, request, reply, { kind, token, values, view, now });
      },
    );
  }
};

async function createAccount(
  context: ConsoleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  input: {
    kind: LinkKind;
    token: ConsoleToken;
    values: Record<string, string> & { email: string; name: string; password: string };
    view: ConsoleView;
    now: Date;
  },
): Promise<FastifyReply> {
  const { kind, token, values, view, now } = input;
  const passwordHash = await hashPassword(values.password);
  const result = await context.deps.store.db.transaction().execute(async (trx) => {
    // A link works once: of two posts racing with it, one creates the account.
    if (!(await useToken(trx, token.id, now))) return undefined;
    await revokeInvitationsOf(trx, values.email, now);
    if (kind.purpose === 'setup' && values['shop'])
      await trx
        .updateTable('tenants')
        .set({ name: values['shop'] })
        .where('id', '=', token.tenantId)
        .execute();
    const user = await createUser(
      trx,
      {
        tenantId: token.tenantId,
        email: values.email,
        name: values.name,
        role: kind.role(token),
        passwordHash,
        locale: view.locale,
      },
      now,
    );
    await audit(
      trx,
      {
        tenantId: token.tenantId,
        actor: actorOf(request, user),
        action: kind.action,
        targetType: 'user',
        targetId: user.id,
        detail:
          kind.purpose === 'setup' ? { shop: values['shop'] } : { role: user.role, invitation: token.id },
      },
      now,
    );
    // Creating the account signs the person in: that is their first sign-in.
    await noteSignIn(trx, user.id, now);
    return createSession(trx, user, context.sessions, now);
  });
  if (!result) return sendConsolePage(reply, 404, renderLinkInvalid(view));
  appendCookie(reply, sessionCookie(result.cookieValue, context.secure));
  return seeOther(reply, '/app?done=welcome');
}
