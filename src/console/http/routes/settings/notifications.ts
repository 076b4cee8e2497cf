import { previewRule } from '../../../../notify/preview.js';
import { dailyCapIn, rulesFor } from '../../../../notify/rules.js';
import { SUPPORTED_LOCALES } from '../../../../notify/templates/locales.js';
import { saveNotificationRules, type RulesPatch } from '../../../../notify/tenant-settings.js';
import { isTopic, TOPICS } from '../../../../notify/topics.js';
import type { ChannelId } from '../../../../notify/channel.js';
import { tenantBranding, tenantSettings } from '../../../../store/repositories/tenants.js';
import { audit } from '../../../audit.js';
import { doneFlash } from '../../../views/done.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { renderNotificationSettings, type PreviewChoice } from '../../../views/settings/notifications.js';
import { badRequest } from '../../console-error.js';
import { all, formOf, one, queryLists } from '../../forms.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage, seeOther } from '../../respond.js';
import { actorOf } from '../auth.js';

const MANAGE = { permission: 'manage' } as const;
const CHANNELS: readonly ChannelId[] = ['email', 'sms', 'push'];

/** Notification rules, with each message previewed per channel and locale. */
export const notificationSettingsRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;

  const choiceOf = (query: unknown, fallbackLocale: string): PreviewChoice => {
    const fields = queryLists(query);
    const topic = one(fields, 'topic');
    const channel = one(fields, 'channel') as ChannelId;
    const locale = one(fields, 'locale');
    return {
      topic: isTopic(topic) ? topic : 'out_for_delivery',
      channel: CHANNELS.includes(channel) ? channel : 'email',
      locale: (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? locale : fallbackLocale,
    };
  };

  const preview = async (tenantId: string, choice: PreviewChoice) => {
    const settings = await tenantSettings(db, tenantId);
    const rules = rulesFor(settings);
    return {
      rules,
      dailyCap: dailyCapIn(settings, deps.config.notify.dailyCap),
      preview: previewRule(rules[choice.topic], {
        channel: choice.channel,
        locale: choice.locale,
        timeZone: 'Europe/Berlin',
        branding: await tenantBranding(db, tenantId),
        publicBaseUrl: deps.config.publicBaseUrl,
        now: deps.clock(),
      }),
    };
  };

  app.get('/settings/notifications', { config: MANAGE, schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const choice = choiceOf(request.query, view.locale);
    const shown = await preview(tenantId, choice);
    const htmlUrl =
      choice.channel === 'email'
        ? `/app/settings/notifications/preview.html?${new URLSearchParams({ ...choice }).toString()}`
        : null;
    return sendConsolePage(
      reply,
      200,
      renderSettings(view, {
        page: 'notifications',
        title: view.t('settings.notifications'),
        body: renderNotificationSettings(view, { ...shown, choice, htmlUrl }),
        attentionCount: await attentionTotal(context, tenantId, view),
        flash: doneFlash(view, queryLists(request.query)['done']?.[0]),
      }),
    );
  });

  // The email's HTML as the customer's mail program shows it: its own inline styles, no scripts.
  app.get(
    '/settings/notifications/preview.html',
    { config: { ...MANAGE, fragment: true }, schema: { hide: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const shown = await preview(sessionOf(request).user.tenantId, choiceOf(request.query, view.locale));
      return reply
        .type('text/html; charset=utf-8')
        .header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'self'; sandbox",
        )
        .header('cache-control', 'no-store')
        .send(shown.preview.message.html ?? '');
    },
  );

  app.post('/settings/notifications', { config: MANAGE, schema: { hide: true } }, async (request, reply) => {
    const session = sessionOf(request);
    const tenantId = session.user.tenantId;
    const form = formOf(request.body);
    const rules: RulesPatch = {};
    for (const topic of TOPICS) {
      const channels = all(form, `rule.${topic}`);
      if (channels.some((c) => !CHANNELS.includes(c as ChannelId)))
        throw badRequest(`unknown channel for ${topic}`);
      rules[topic] = { channels: [...new Set(channels)] as ChannelId[] };
    }
    const cap = Number(one(form, 'dailyCap'));
    if (!Number.isInteger(cap) || cap < 1 || cap > 50)
      throw badRequest('the daily cap must be a whole number from 1 to 50');
    const now = deps.clock();
    await db.transaction().execute(async (trx) => {
      await saveNotificationRules(trx, tenantId, { rules, dailyCap: cap }, deps.config.notify.dailyCap);
      await audit(
        trx,
        {
          tenantId,
          actor: actorOf(request, session.user),
          action: 'rules.saved',
          targetType: 'tenant',
          targetId: tenantId,
          detail: { rules, dailyCap: cap },
        },
        now,
      );
    });
    return seeOther(reply, '/app/settings/notifications?done=rules_saved');
  });
};
