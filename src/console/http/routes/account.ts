import { isLocale } from '../../../web/i18n/messages.js';
import { audit } from '../../audit.js';
import { accountProblems } from '../../auth/account-input.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { endSessionsOf } from '../../auth/sessions.js';
import { setPassword, updateUser, userForSignIn } from '../../auth/users.js';
import { renderAccount } from '../../views/account.js';
import { doneFlash } from '../../views/done.js';
import { badRequest } from '../console-error.js';
import { formOf, one, queryLists } from '../forms.js';
import { attentionTotal, signedInView } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';
import { sendConsolePage, seeOther } from '../respond.js';
import { actorOf } from './auth.js';

/** The signed-in person's own account: language and password. */
export const accountRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;

  app.get('/account', { schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const session = sessionOf(request);
    return sendConsolePage(
      reply,
      200,
      renderAccount(view, {
        errors: {},
        flash: doneFlash(view, queryLists(request.query)['done']?.[0]),
        savedLocale: session.user.locale,
        attentionCount: await attentionTotal(context, session.user.tenantId, view),
      }),
    );
  });

  app.post('/account/language', { schema: { hide: true } }, async (request, reply) => {
    const session = sessionOf(request);
    const locale = one(formOf(request.body), 'locale');
    if (!isLocale(locale)) throw badRequest(`"${locale}" is not a language of the console`);
    const now = deps.clock();
    await db.transaction().execute(async (trx) => {
      await updateUser(trx, session.user.tenantId, session.user.id, { locale }, now);
      await audit(
        trx,
        {
          tenantId: session.user.tenantId,
          actor: actorOf(request, session.user),
          action: 'account.language_saved',
          targetType: 'user',
          targetId: session.user.id,
          detail: { locale },
        },
        now,
      );
    });
    return seeOther(reply, `/app/account?done=language_saved&lang=${locale}`);
  });

  app.post('/account/password', { schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const session = sessionOf(request);
    const form = formOf(request.body);
    const values = {
      email: session.user.email,
      password: one(form, 'password'),
      confirm: one(form, 'confirm'),
    };
    const errors = accountProblems(view.t, values);
    const stored = await userForSignIn(db, session.user.email);
    if (!stored?.passwordHash || !(await verifyPassword(stored.passwordHash, one(form, 'current'))))
      errors['current'] = view.t('account.wrongCurrent');
    if (Object.keys(errors).length > 0)
      return sendConsolePage(
        reply,
        400,
        renderAccount(view, {
          errors,
          savedLocale: session.user.locale,
          attentionCount: await attentionTotal(context, session.user.tenantId, view),
        }),
      );
    const passwordHash = await hashPassword(values.password);
    const now = deps.clock();
    await db.transaction().execute(async (trx) => {
      await setPassword(trx, session.user.id, passwordHash, now);
      // Other browsers signed in with the old password are signed out; this one stays.
      await endSessionsOf(trx, session.user.id, session.idHash);
      await audit(
        trx,
        {
          tenantId: session.user.tenantId,
          actor: actorOf(request, session.user),
          action: 'password.changed',
          targetType: 'user',
          targetId: session.user.id,
        },
        now,
      );
    });
    return seeOther(reply, '/app/account?done=password_changed');
  });
};
