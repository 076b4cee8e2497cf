import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { WaybillError } from '../../../../domain/errors.js';
import { attemptsForShipment } from '../../../../notify/queue.js';
import { previewRule } from '../../../../notify/preview.js';
import { rulesFor } from '../../../../notify/rules.js';
import { SUPPORTED_LOCALES } from '../../../../notify/templates/locales.js';
import { type Topic } from '../../../../notify/topics.js';
import { findShipment } from '../../../../store/repositories/shipments.js';
import { tenantBranding, tenantSettings } from '../../../../store/repositories/tenants.js';
import type { AppDeps } from '../../../deps.js';
import { notificationAttemptsExample, smsPreviewExample } from '../../../examples/notifications.js';
import { problemExample, problemResponse } from '../../../examples/problems.js';
import { withExamples } from '../../../examples/with-examples.js';
import { IANAZone } from 'luxon';
import { ChannelSchema, TopicSchema, IdParams, noShipment } from './schemas.js';

/** What was sent for a shipment, and a preview of any topic's message. */
export const notificationMessageRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const db = deps.store.db;

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
