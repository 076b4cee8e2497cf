import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { recipientByUnsubscribeToken, removeRecipient } from '../../../notify/recipients.js';
import { formatMessage } from '../../../notify/templates/format.js';
import { CATALOGS, resolveLocale } from '../../../notify/templates/locales.js';
import { tenantBranding } from '../../../store/repositories/tenants.js';
import { html } from '../../../web/html.js';
import type { AppDeps } from '../../deps.js';
import { acceptFormBodies } from './notify-forms.js';

const TOKEN = /^[A-Za-z0-9_-]{10,64}$/;

/**
 * The unsubscribe link of every email. GET shows a confirmation page and changes nothing (link
 * scanners follow GETs); POST unsubscribes, which is also what a mail client's one-click
 * button sends (RFC 8058: `List-Unsubscribe=One-Click`). Unsubscribing twice is fine.
 */
export const unsubscribeRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    acceptFormBodies(app);
    const db = deps.store.db;

    const page = async (reply: FastifyReply, token: string, done: boolean) => {
      const recipient = TOKEN.test(token) ? await recipientByUnsubscribeToken(db, token) : undefined;
      const locale = resolveLocale(recipient?.locale ?? 'en', deps.config.notify.defaultLocale);
      const words = CATALOGS[locale].unsubscribePage;
      if (!recipient) {
        // After a POST the recipient is gone: that is success, not an unknown link.
        const text = done ? words.done : words.unknown;
        return reply
          .code(done ? 200 : 404)
          .type('text/html; charset=utf-8')
          .send(shell(locale, words.title, html`<p>${text}</p>`).value);
      }
      const branding = await tenantBranding(db, recipient.tenantId);
      const number = await db
        .selectFrom('shipments')
        .select('tracking_number')
        .where('id', '=', recipient.shipmentId)
        .executeTakeFirst();
      const question = formatMessage(words.question, locale, 'UTC', {
        brand: branding.name,
        number: number?.tracking_number ?? '',
      });
      return reply.type('text/html; charset=utf-8').send(
        shell(
          locale,
          words.title,
          html`<p>${question}</p>
            <form method="post" action="/u/${token}">
              <input type="hidden" name="List-Unsubscribe" value="One-Click" /><button type="submit">
                ${words.button}
              </button>
            </form>`,
        ).value,
      );
    };

    app.get<{ Params: { token: string } }>('/u/:token', { schema: { hide: true } }, async (request, reply) =>
      page(reply, request.params.token, false),
    );

    app.post<{ Params: { token: string } }>(
      '/u/:token',
      { schema: { hide: true } },
      async (request, reply) => {
        const { token } = request.params;
        const recipient = TOKEN.test(token) ? await recipientByUnsubscribeToken(db, token) : undefined;
        if (recipient) {
          await removeRecipient(db, recipient.id);
          request.log.info(
            { scope: 'notify', recipientId: recipient.id, channel: recipient.channel },
            'unsubscribed',
          );
        }
        return page(reply, token, true);
      },
    );
  };

function shell(locale: string, title: string, body: ReturnType<typeof html>) {
  return html`<!DOCTYPE html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          body {
            font-family: system-ui, sans-serif;
            max-width: 32rem;
            margin: 3rem auto;
            padding: 0 1rem;
            line-height: 1.5;
            color: #1b1f24;
          }
          button {
            font: inherit;
            padding: 0.6rem 1.2rem;
            border-radius: 4px;
            border: 0;
            background: #1f3a5f;
            color: #fff;
            cursor: pointer;
          }
        </style>
      </head>
      <body>
        <h1>${title}</h1>
        ${body}
      </body>
    </html>`;
}
