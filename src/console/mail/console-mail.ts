import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { OutboxSubscriber } from '../../ingest/outbox-relay.js';
import type { Store } from '../../store/open-store.js';
import { findTenant } from '../../store/repositories/tenants.js';
import { isLocale } from '../../web/i18n/messages.js';
import { findToken, mintLink } from '../auth/tokens.js';
import { consoleTranslator } from '../i18n/messages.js';

export const CONSOLE_MAIL_TYPES = new Set(['console.invitation', 'console.password_reset']);

interface MailPayload {
  readonly tokenId: string;
  readonly locale?: string;
  readonly invitedBy?: string;
}

/** What a console email says; its link's secret is made here, so it is stored nowhere in clear. */
export interface ConsoleMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * The durable outbox subscriber 'console-mail': invitations and password resets. Each message
 * names a token; its link is minted when the email goes out (a retry mints a new one and the
 * earlier link stops working), and a message whose token was used, withdrawn or has expired is
 * dropped. A failed send throws, so the relay tries again with growing delays.
 */
export function consoleMailSubscriber(
  store: Store,
  config: Config,
  options: { logger?: Logger; send?: (mail: ConsoleMail) => Promise<void>; clock?: () => Date } = {},
): { subscriber: OutboxSubscriber; close(): void } {
  let transport: Transporter | undefined;
  const send =
    options.send ??
    (async (mail: ConsoleMail) => {
      transport ??= createTransport({
        url: config.notify.smtp.url,
        connectionTimeout: config.notify.smtp.timeoutMs,
      });
      await transport.sendMail({
        from: config.notify.smtp.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    });
  const clock = options.clock ?? (() => new Date());
  const base = config.publicBaseUrl.replace(/\/+$/, '');
  return {
    close: () => transport?.close(),
    subscriber: {
      name: 'console-mail',
      durable: true,
      accepts: (message) => CONSOLE_MAIL_TYPES.has(message.type),
      handle: async (message) => {
        const payload = message.payload as unknown as MailPayload;
        const token = await findToken(store.db, message.tenantId, payload.tokenId);
        if (!token?.email) return;
        const secret = await mintLink(store.db, token.id, clock());
        if (!secret) {
          options.logger?.info(
            { scope: 'console-mail', reqId: message.requestId ?? undefined, token: token.id },
            'link no longer usable; email not sent',
          );
          return;
        }
        const t = consoleTranslator(isLocale(payload.locale) ? payload.locale : 'en');
        const shop = (await findTenant(store.db, message.tenantId))?.name ?? 'Waybill';
        const invite = message.type === 'console.invitation';
        const link = `${base}/app/${invite ? 'invite' : 'reset'}/${secret}`;
        const values = {
          inviter: payload.invitedBy ?? shop,
          shop,
          role: t(`role.${token.role ?? 'viewer'}`),
          link,
          days: config.console.inviteDays,
          minutes: config.console.resetMinutes,
        };
        await send({
          to: token.email,
          subject: t(invite ? 'mail.invite.subject' : 'mail.reset.subject', values),
          text: t(invite ? 'mail.invite.text' : 'mail.reset.text', values),
        });
        options.logger?.info(
          {
            scope: 'console-mail',
            reqId: message.requestId ?? undefined,
            type: message.type,
            token: token.id,
          },
          'console email sent',
        );
      },
    },
  };
}
