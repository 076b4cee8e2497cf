import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { WaybillError } from '../../../domain/errors.js';
import { recordProviderStatus } from '../../../notify/queue.js';
import { keywordOf } from '../../../notify/sms/keywords.js';
import { optIn, optOut } from '../../../notify/sms/opt-outs.js';
import { isE164, maskPhone } from '../../../notify/sms/phone.js';
import { verifyTwilioSignature } from '../../../notify/sms/signature.js';
import { formatMessage } from '../../../notify/templates/format.js';
import { CATALOGS, resolveLocale } from '../../../notify/templates/locales.js';
import { tenantBranding } from '../../../store/repositories/tenants.js';
import type { AppDeps } from '../../deps.js';
import { acceptFormBodies, formFields } from './notify-forms.js';

/**
 * Twilio's webhooks: inbound texts (STOP, START, HELP) and delivery status callbacks. Public, so
 * each request must carry a valid X-Twilio-Signature made with our auth token.
 */
export const smsWebhookRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    acceptFormBodies(app);
    const db = deps.store.db;
    const twilio = deps.config.notify.twilio;

    const verified = (request: FastifyRequest): Record<string, string> => {
      if (!twilio.authToken) throw new WaybillError('unavailable', 'SMS is not configured');
      const fields = formFields(request.body);
      if (twilio.verifySignatures) {
        // Twilio signs the URL it called: our public base plus the path and query it used.
        const url = `${deps.config.publicBaseUrl.replace(/\/+$/, '')}${request.url}`;
        const signature = request.headers['x-twilio-signature'];
        if (
          !verifyTwilioSignature(
            twilio.authToken,
            url,
            fields,
            typeof signature === 'string' ? signature : undefined,
          )
        )
          throw new WaybillError('signature_invalid', 'X-Twilio-Signature does not verify');
      }
      return fields;
    };

    app.post('/v1/sms/inbound', { schema: { hide: true } }, async (request, reply) => {
      const fields = verified(request);
      const from = fields['From'] ?? '';
      const keyword = keywordOf(fields['Body'] ?? '', fields['OptOutType']);
      let answer = '';
      if (isE164(from) && keyword === 'stop') {
        await optOut(db, from, deps.clock());
        request.log.info({ scope: 'notify', phone: maskPhone(from) }, 'SMS opt-out (STOP)');
      } else if (isE164(from) && keyword === 'start') {
        await optIn(db, from);
        request.log.info({ scope: 'notify', phone: maskPhone(from) }, 'SMS opt-in (START)');
      } else if (keyword === 'help') {
        answer = await helpText(from);
      }
      // Twilio answers STOP and START itself on long codes; we answer HELP with the shop's words.
      return reply
        .type('text/xml; charset=utf-8')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?><Response>${answer ? `<Message>${xmlEscape(answer)}</Message>` : ''}</Response>`,
        );
    });

    app.post('/v1/sms/status', { schema: { hide: true } }, async (request, reply) => {
      const fields = verified(request);
      const sid = fields['MessageSid'] ?? fields['SmsSid'];
      const status = fields['MessageStatus'] ?? fields['SmsStatus'];
      if (!sid || !status)
        throw new WaybillError('validation_failed', 'MessageSid and MessageStatus are required');
      await recordProviderStatus(db, sid, status, deps.clock());
      return reply.code(204).send();
    });

    /** HELP in the language and name of the shop the number last heard from. */
    const helpText = async (from: string): Promise<string> => {
      const recipient = await db
        .selectFrom('notification_recipients')
        .select(['tenant_id', 'locale'])
        .where('channel', '=', 'sms')
        .where('address', '=', from)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      const locale = resolveLocale(recipient?.locale ?? 'en', deps.config.notify.defaultLocale);
      const brand = recipient ? (await tenantBranding(db, recipient.tenant_id)).name : 'Waybill';
      return formatMessage(CATALOGS[locale].smsHelp, locale, 'UTC', { brand });
    };
  };

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
