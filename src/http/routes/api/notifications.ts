import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { WaybillError } from '../../../domain/errors.js';
import { attemptsForShipment } from '../../../notify/queue.js';
import { previewRule } from '../../../notify/preview.js';
import { checkRecipientInput } from '../../../notify/recipient-input.js';
import { addRecipient, recipientsFor, removeRecipient } from '../../../notify/recipients.js';
import { DEFAULT_RULES, dailyCapIn, rulesFor } from '../../../notify/rules.js';
import { isOptedOut } from '../../../notify/sms/opt-outs.js';
import { SUPPORTED_LOCALES } from '../../../notify/templates/locales.js';
import { saveBranding, saveNotificationRules } from '../../../notify/tenant-settings.js';
import { TOPICS, type Topic } from '../../../notify/topics.js';
import { findShipment } from '../../../store/repositories/shipments.js';
import { tenantBranding, tenantSettings } from '../../../store/repositories/tenants.js';
import type { AppDeps } from '../../deps.js';
import { RECIPIENT_ID, SHIPMENT_ID } from '../../examples/fragments.js';
import {
  addRecipientExample,
  brandingExample,
  defaultRulesExample,
  notificationAttemptsExample,
  recipientExample,
  smsPreviewExample,
  updateBrandingExample,
  updatedRulesExample,
  updateRulesExample,
} from '../../examples/notifications.js';
import { invalid, notFound, problemExample, problemResponse, unauthorized } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';
import { IANAZone } from 'luxon';

const ChannelSchema = Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('push')]);
const TopicSchema = Type.Union(TOPICS.map((topic) => Type.Literal(topic)));
const HEX = '^#[0-9a-fA-F]{6}$';

export const RulesBody = Type.Object(
  {
    rules: Type.Optional(
      Type.Object(
        Object.fromEntries(
          TOPICS.map((topic) => [
            topic,
            Type.Optional(
              Type.Object(
                { channels: Type.Array(ChannelSchema, { maxItems: 3, uniqueItems: true }) },
                { additionalProperties: false },
              ),
            ),
          ]),
        ),
        { additionalProperties: false },
      ),
    ),
    dailyCap: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);

export const RulesView = Type.Object({
  rules: Type.Array(
    Type.Object({
      topic: Type.String(),
      description: Type.String(),
      channels: Type.Array(Type.String()),
      defaultChannels: Type.Array(Type.String()),
      sampleEvent: Type.String(),
    }),
  ),
  dailyCap: Type.Integer(),
});

export const BrandingBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    logoUrl: Type.Optional(Type.Union([Type.String({ pattern: '^https://', maxLength: 2000 }), Type.Null()])),
    primaryColor: Type.Optional(Type.String({ pattern: HEX })),
    accentColor: Type.Optional(Type.String({ pattern: HEX })),
    supportEmail: Type.Optional(
      Type.Union([Type.String({ maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' }), Type.Null()]),
    ),
    supportPhone: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
    supportUrl: Type.Optional(
      Type.Union([Type.String({ pattern: '^https?://', maxLength: 2000 }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
);

export const BrandingView = Type.Object({
  name: Type.String(),
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  primaryColor: Type.String(),
  accentColor: Type.String(),
  supportEmail: Type.Union([Type.String(), Type.Null()]),
  supportPhone: Type.Union([Type.String(), Type.Null()]),
  supportUrl: Type.Union([Type.String(), Type.Null()]),
});

export const RecipientBody = Type.Object(
  {
    channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
    address: Type.String({
      minLength: 3,
      maxLength: 254,
      description: 'Email address, or a phone number (E.164).',
    }),
    locale: Type.Optional(Type.String({ maxLength: 35, description: 'BCP 47: en, es, de, fr, pt-BR…' })),
    timeZone: Type.Optional(
      Type.String({ maxLength: 64, description: 'IANA zone, for quiet hours and dates.' }),
    ),
    consentText: Type.Optional(Type.String({ maxLength: 1000, description: 'What the customer agreed to.' })),
  },
  { additionalProperties: false },
);

export const RecipientView = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  address: Type.String(),
  locale: Type.String(),
  timeZone: Type.Union([Type.String(), Type.Null()]),
  optedOut: Type.Boolean(),
});

const IdParams = Type.Object({ id: Type.String({ maxLength: 64, examples: [SHIPMENT_ID] }) });
const noShipment = (path = '') =>
  notFound('shipment with id', SHIPMENT_ID, `/v1/shipments/${SHIPMENT_ID}${path}`);

export const notificationRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const db = deps.store.db;

    const rulesView = async (tenantId: string) => {
      const settings = await tenantSettings(db, tenantId);
      const rules = rulesFor(settings);
      return {
        rules: TOPICS.map((topic) => ({
          topic,
          description: rules[topic].description,
          channels: [...rules[topic].channels],
          defaultChannels: [...DEFAULT_RULES[topic].channels],
          sampleEvent: rules[topic].sample.type,
        })),
        dailyCap: dailyCapIn(settings, deps.config.notify.dailyCap),
      };
    };

    api.get(
      '/v1/notification-rules',
      {
        schema: {
          operationId: 'getNotificationRules',
          summary: 'Which topics notify customers on which channels',
          tags: ['notifications'],
          response: {
            200: withExamples(RulesView, defaultRulesExample),
            '4xx': unauthorized('/v1/notification-rules'),
          },
        },
      },
      async (request) => rulesView(request.tenantId),
    );

    api.put(
      '/v1/notification-rules',
      {
        schema: {
          operationId: 'updateNotificationRules',
          summary: 'Override the channels of some topics, and the daily cap',
          description: 'Topics left out keep their current setting. `channels: []` turns a topic off.',
          tags: ['notifications'],
          body: withExamples(RulesBody, updateRulesExample),
          response: {
            200: withExamples(RulesView, updatedRulesExample),
            '4xx': invalid('body.dailyCap', 'must be <= 50', '/v1/notification-rules'),
          },
        },
      },
      async (request) => {
        await saveNotificationRules(db, request.tenantId, request.body, deps.config.notify.dailyCap);
        return rulesView(request.tenantId);
      },
    );

    api.get(
      '/v1/branding',
      {
        schema: {
          operationId: 'getBranding',
          summary: 'How emails, texts and the tracking page present the shop',
          tags: ['notifications'],
          response: { 200: withExamples(BrandingView, brandingExample), '4xx': unauthorized('/v1/branding') },
        },
      },
      async (request) => tenantBranding(db, request.tenantId),
    );

    api.put(
      '/v1/branding',
      {
        schema: {
          operationId: 'updateBranding',
          summary: 'Set the shop’s name, logo, colours and support contact',
          description: 'Fields left out keep their value; null clears one.',
          tags: ['notifications'],
          body: withExamples(BrandingBody, updateBrandingExample),
          response: {
            200: withExamples(BrandingView, brandingExample),
            '4xx': invalid('body.primaryColor', 'must match pattern "^#[0-9a-fA-F]{6}$"', '/v1/branding'),
          },
        },
      },
      async (request) => saveBranding(db, request.tenantId, request.body),
    );

    api.post(
      '/v1/shipments/:id/recipients',
      {
        schema: {
          operationId: 'createRecipient',
          summary: 'Notify someone about this shipment by email or SMS',
          description:
            'Adding the same address again returns the same recipient (200). A phone number without a + prefix is read in the destination country.',
          tags: ['notifications'],
          params: IdParams,
          body: withExamples(RecipientBody, addRecipientExample),
          response: {
            200: withExamples(RecipientView, recipientExample),
            201: withExamples(RecipientView, recipientExample),
            '4xx': noShipment('/recipients'),
          },
        },
      },
      async (request, reply) => {
        const shipment = await findShipment(db, request.tenantId, request.params.id);
        if (!shipment) throw new WaybillError('not_found', `no shipment with id ${request.params.id}`);
        const checked = checkRecipientInput(request.body, shipment.destination?.country);
        if (!checked.ok)
          throw new WaybillError('validation_failed', 'the recipient is not valid', {
            problems: checked.problems,
          });
        const before = await recipientsFor(db, shipment.id);
        const recipient = await addRecipient(
          db,
          {
            tenantId: request.tenantId,
            shipmentId: shipment.id,
            channel: request.body.channel,
            address: checked.address,
            details: {},
            locale: checked.locale,
            timeZone: checked.timeZone,
            consentText: request.body.consentText ?? 'Added by the merchant through the API',
          },
          deps.clock(),
        );
        const existed = before.some((r) => r.id === recipient.id);
        return reply.code(existed ? 200 : 201).send(await recipientView(recipient));
      },
    );

    const recipientView = async (recipient: {
      id: string;
      channel: string;
      address: string;
      locale: string;
      timeZone: string | null;
    }) => ({
      id: recipient.id,
      channel: recipient.channel,
      address: recipient.address,
      locale: recipient.locale,
      timeZone: recipient.timeZone,
      optedOut: recipient.channel === 'sms' && (await isOptedOut(db, recipient.address)),
    });

    api.get(
      '/v1/shipments/:id/recipients',
      {
        schema: {
          operationId: 'listRecipients',
          summary: 'Who is notified about this shipment',
          tags: ['notifications'],
          params: IdParams,
          response: {
            200: withExamples(Type.Object({ data: Type.Array(RecipientView) }), { data: [recipientExample] }),
            '4xx': noShipment('/recipients'),
          },
        },
      },
      async (request) => {
        const shipment = await findShipment(db, request.tenantId, request.params.id);
        if (!shipment) throw new WaybillError('not_found', `no shipment with id ${request.params.id}`);
        const recipients = (await recipientsFor(db, shipment.id)).filter((r) => r.channel !== 'push');
        return { data: await Promise.all(recipients.map(recipientView)) };
      },
    );

    api.delete(
      '/v1/shipments/:id/recipients/:recipientId',
      {
        schema: {
          operationId: 'deleteRecipient',
          summary: 'Stop notifying a recipient about this shipment',
          tags: ['notifications'],
          params: Type.Object({
            id: Type.String({ maxLength: 64, examples: [SHIPMENT_ID] }),
            recipientId: Type.String({ maxLength: 64, examples: [RECIPIENT_ID] }),
          }),
          response: {
            204: Type.Null(),
            '4xx': problemResponse(
              problemExample(
                'not_found',
                `no recipient ${RECIPIENT_ID} on this shipment`,
                `/v1/shipments/${SHIPMENT_ID}/recipients/${RECIPIENT_ID}`,
              ),
            ),
          },
        },
      },
      async (request, reply) => {
        const shipment = await findShipment(db, request.tenantId, request.params.id);
        const recipient = shipment
          ? (await recipientsFor(db, shipment.id)).find((r) => r.id === request.params.recipientId)
          : undefined;
        if (!recipient)
          throw new WaybillError('not_found', `no recipient ${request.params.recipientId} on this shipment`);
        await removeRecipient(db, recipient.id);
        return reply.code(204).send(null);
      },
    );

    api.get(
      '/v1/shipments/:id/notifications',
      {
        schema: {
          operationId: 'listShipmentNotifications',
          summary: 'Every attempt to notify about this shipment',
          description:
            'Sent, retried, deferred (quiet hours), skipped (unsubscribed, STOP, channel off) and failed attempts, oldest first.',
          tags: ['notifications'],
          params: IdParams,
          response: {
            200: withExamples(
              Type.Object({
                data: Type.Array(
                  Type.Object({
                    id: Type.String(),
                    messageId: Type.String(),
                    recipientId: Type.String(),
                    channel: Type.String(),
                    idempotencyKey: Type.String(),
                    eventType: Type.String(),
                    outcome: Type.String(),
                    providerId: Type.Union([Type.String(), Type.Null()]),
                    providerStatus: Type.Union([Type.String(), Type.Null()]),
                    error: Type.Union([Type.String(), Type.Null()]),
                    at: Type.String(),
                  }),
                ),
              }),
              notificationAttemptsExample,
            ),
            '4xx': noShipment('/notifications'),
          },
        },
      },
      async (request) => {
        const shipment = await findShipment(db, request.tenantId, request.params.id);
        if (!shipment) throw new WaybillError('not_found', `no shipment with id ${request.params.id}`);
        return { data: await attemptsForShipment(db, request.tenantId, shipment.id) };
      },
    );

    api.get(
      '/v1/notification-previews/:event',
      {
        schema: {
          operationId: 'previewNotification',
          summary: 'A message rendered from the rule’s sample event, with your branding',
          description: '`format=html` returns the email’s HTML itself, to open in a browser.',
          tags: ['notifications'],
          params: Type.Object({ event: Type.With(TopicSchema, { examples: ['out_for_delivery'] }) }),
          querystring: Type.Object(
            {
              channel: Type.Optional(withExamples(ChannelSchema, 'sms')),
              locale: Type.Optional(
                Type.With(Type.Union(SUPPORTED_LOCALES.map((l) => Type.Literal(l))), { examples: ['en'] }),
              ),
              timeZone: Type.Optional(Type.String({ maxLength: 64, examples: ['America/Chicago'] })),
              format: Type.Optional(
                withExamples(Type.Union([Type.Literal('json'), Type.Literal('html')]), 'json'),
              ),
            },
            { additionalProperties: false },
          ),
          response: {
            200: withExamples(
              Type.Union([
                Type.Object({
                  topic: Type.String(),
                  channel: Type.String(),
                  locale: Type.String(),
                  subject: Type.String(),
                  text: Type.String(),
                  html: Type.Union([Type.String(), Type.Null()]),
                  headers: Type.Record(Type.String(), Type.String()),
                  data: Type.Record(Type.String(), Type.Unknown()),
                  segments: Type.Union([
                    Type.Object({ encoding: Type.String(), units: Type.Integer(), segments: Type.Integer() }),
                    Type.Null(),
                  ]),
                }),
                Type.String(),
              ]),
              smsPreviewExample,
            ),
            '4xx': problemResponse(
              problemExample(
                'validation_failed',
                'not an IANA time zone',
                '/v1/notification-previews/out_for_delivery',
                [{ field: '/timeZone', message: 'not an IANA time zone' }],
              ),
            ),
          },
        },
      },
      async (request, reply) => {
        const topic: Topic = request.params.event;
        const channel = request.query.channel ?? 'email';
        const locale = request.query.locale ?? 'en';
        const timeZone = request.query.timeZone ?? 'UTC';
        if (!IANAZone.isValidZone(timeZone))
          throw new WaybillError('validation_failed', 'not an IANA time zone', {
            problems: [{ field: '/timeZone', message: 'not an IANA time zone' }],
          });
        const rule = rulesFor(await tenantSettings(db, request.tenantId))[topic];
        const { message, segments } = previewRule(rule, {
          channel,
          locale,
          timeZone,
          branding: await tenantBranding(db, request.tenantId),
          publicBaseUrl: deps.config.publicBaseUrl,
          now: deps.clock(),
        });
        if (request.query.format === 'html')
          return reply
            .type('text/html; charset=utf-8')
            .send(message.html ?? `<pre>${escapeText(message.text)}</pre>`);
        return {
          topic,
          channel,
          locale,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
          headers: { ...(message.headers ?? {}) },
          data: message.data,
          segments,
        };
      },
    );
  };

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
