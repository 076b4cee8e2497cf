import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { WaybillError } from '../../../domain/errors.js';
import { intakeAddress } from '../../../intake/intake-address.js';
import { receiveMail, recordTooLarge, type IntakeDeps } from '../../../intake/receive.js';
import { listIntakeMails, type IntakeMail } from '../../../store/repositories/intake-mails.js';
import type { AppDeps } from '../../deps.js';
import {
  forwardedMailExample,
  INTAKE_MAIL_ID,
  intakeAddressExample,
  intakeMailPageExample,
  registeredMailExample,
} from '../../examples/intake.js';
import { invalid, problemExample, problemResponse, unauthorized } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';
import { sendProblem } from '../../problem.js';
import { FileBody } from '../imports/schemas.js';

const MAIL_TYPES = ['message/rfc822'] as const;

const FoundSchema = Type.Object({
  trackingNumber: Type.String(),
  carrier: Type.String(),
  confidence: Type.Number({
    minimum: 0,
    maximum: 1,
    description: '1 for a number read from a carrier link.',
  }),
  source: Type.Union([Type.Literal('link'), Type.Literal('text')]),
  shipmentId: Type.Optional(Type.String({ description: 'Set when the number is a shipment of the order.' })),
  problem: Type.Optional(Type.String({ description: 'Why the number was not registered.' })),
});

const IntakeMailSchema = Type.Object({
  id: Type.String(),
  receivedAt: Type.String({ format: 'date-time' }),
  messageKey: Type.String({
    description: 'The Message-ID, or the hash of the raw mail: a second copy is a `duplicate`.',
  }),
  from: Type.String({ description: "The From header's address: who forwarded the mail." }),
  subject: Type.String(),
  outcome: Type.Union(
    [
      Type.Literal('registered'),
      Type.Literal('duplicate'),
      Type.Literal('no_number'),
      Type.Literal('low_confidence'),
      Type.Literal('too_large'),
      Type.Literal('unknown_address'),
      Type.Literal('unreadable'),
    ],
    {
      description:
        'registered, or why nothing was: duplicate, no_number, low_confidence, too_large, unknown_address, unreadable.',
    },
  ),
  detail: Type.String({ description: 'One sentence: what was registered, or why not.' }),
  found: Type.Array(FoundSchema),
  orderId: Type.Union([Type.String(), Type.Null()]),
  orderNumber: Type.Union([Type.String(), Type.Null()]),
});

const TOO_LARGE = 'FST_ERR_CTP_BODY_TOO_LARGE';

/**
 * The mail intake through the API (docs/intake.md): a forwarded shipping email posted as it is, the
 * tenant's intake address, and what the intake recorded. The SMTP listener is src/intake/smtp-listener.ts.
 */
export const intakeRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const intake: IntakeDeps = {
      store: deps.store,
      config: deps.config.shops.intake,
      clock: deps.clock,
      detectCarrier: deps.detectCarrier,
      onCommitted: deps.onCommitted,
    };
    // The mail's bytes as they came (latin1 keeps every byte), up to the intake's size limit.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: intake.config.maxBytes },
      (_request, body, done) => done(null, (body as Buffer).toString('latin1')),
    );
    // A mail over the limit is refused before it is read; the intake still records that it came.
    app.setErrorHandler(async (error, request, reply) => {
      if (
        (error as FastifyError).code === TOO_LARGE &&
        request.tenantId &&
        request.url.startsWith('/v1/intake/email')
      ) {
        const length = Number(request.headers['content-length']);
        await recordTooLarge(intake, request.tenantId, {
          messageKey: `request:${request.id}`,
          bytes: Number.isFinite(length) && length > 0 ? length : undefined,
        }).catch((failure: unknown) =>
          request.log.warn({ err: failure }, 'could not record a too-large mail'),
        );
      }
      return sendProblem(error, request, reply);
    });
    const api = app.withTypeProvider<TypeBoxTypeProvider>();

    api.post(
      '/v1/intake/email',
      {
        schema: {
          operationId: 'receiveIntakeEmail',
          summary: 'Hand in a forwarded shipping email',
          description:
            'Body: the raw mail (RFC 822, `message/rfc822`), addressed (To, Cc, Delivered-To or X-Original-To) to ' +
            "this tenant's intake address. Its tracking numbers (from carrier links, then from the text) are " +
            'registered as the parcels of one order: the "#1001" the mail names, or a `mail-…` number of its own. ' +
            'A mail with no number, or only uncertain ones, and a second copy of a mail are answered 200 with their ' +
            '`outcome` and change nothing; a mail addressed elsewhere, or not a mail, is refused. Every mail is recorded ' +
            '(`GET /v1/intake/mails`).',
          tags: ['intake'],
          body: FileBody(MAIL_TYPES, 'The mail as sent, headers and MIME body.', forwardedMailExample),
          response: {
            200: withExamples(IntakeMailSchema, registeredMailExample),
            '4xx': problemResponse(
              problemExample(
                'validation_failed',
                "the mail is not addressed to this tenant's intake address",
                '/v1/intake/email',
                [
                  {
                    field: 'body',
                    message: 'names none of To, Cc, Delivered-To or X-Original-To as the intake address',
                  },
                ],
              ),
            ),
          },
        },
      },
      async (request) => {
        const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!MAIL_TYPES.includes(type as (typeof MAIL_TYPES)[number]))
          throw new WaybillError(
            'unsupported_media_type',
            `send the mail as message/rfc822${type ? ` (not ${type.slice(0, 60)})` : ''}`,
          );
        const body = typeof request.body === 'string' ? request.body : '';
        if (body.trim() === '')
          throw new WaybillError('validation_failed', 'the body is empty', {
            problems: [{ field: 'body', message: 'is empty' }],
          });
        const [mail] = await receiveMail(intake, Buffer.from(body, 'latin1'), [
          { tenantId: request.tenantId, mustBeAddressed: true, requestId: request.id },
        ]);
        if (!mail) throw new Error('the intake handled the mail for no tenant');
        refuseUnless(mail);
        return view(mail);
      },
    );

    api.get(
      '/v1/intake/address',
      {
        schema: {
          operationId: 'getIntakeAddress',
          summary: "This tenant's intake address",
          description:
            'Forward shipping emails here (by SMTP, when the listener is on) or post them to `POST /v1/intake/email`. ' +
            'Made on first use and kept.',
          tags: ['intake'],
          response: {
            200: withExamples(
              Type.Object({
                address: Type.String(),
                smtpEnabled: Type.Boolean({ description: 'Whether this server takes mail by SMTP itself.' }),
              }),
              intakeAddressExample,
            ),
            '4xx': unauthorized('/v1/intake/address'),
          },
        },
      },
      async (request) => ({
        address: await intakeAddress(deps.store.db, request.tenantId, intake.config.domain),
        smtpEnabled: intake.config.smtpEnabled,
      }),
    );

    api.get(
      '/v1/intake/mails',
      {
        schema: {
          operationId: 'listIntakeMails',
          summary: 'The forwarded mails the intake looked at, newest first',
          description: 'Each with what was found and registered, or why nothing was.',
          tags: ['intake'],
          querystring: Type.Object(
            {
              cursor: Type.Optional(
                Type.String({
                  pattern: '^[0-9A-HJKMNP-TV-Z]{26}$',
                  description: '`nextCursor` of the previous page.',
                  examples: [INTAKE_MAIL_ID],
                }),
              ),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, examples: [20] })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: withExamples(
              Type.Object({
                data: Type.Array(IntakeMailSchema),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              intakeMailPageExample,
            ),
            '4xx': invalid('querystring.limit', 'must be <= 200', '/v1/intake/mails'),
          },
        },
      },
      async (request) => {
        const limit = request.query.limit ?? 50;
        const data = await listIntakeMails(deps.store.db, request.tenantId, {
          limit,
          cursor: request.query.cursor,
        });
        return { data: data.map(view), nextCursor: data.length === limit ? (data.at(-1)?.id ?? null) : null };
      },
    );
  };

/** Mail that is not addressed to the tenant, or not a mail, is refused (and was recorded). */
function refuseUnless(mail: IntakeMail): void {
  const extra = { intakeMailId: mail.id, outcome: mail.outcome };
  if (mail.outcome === 'unknown_address')
    throw new WaybillError('validation_failed', "the mail is not addressed to this tenant's intake address", {
      problems: [
        {
          field: 'body',
          message: 'names none of To, Cc, Delivered-To or X-Original-To as the intake address',
        },
      ],
      extra,
    });
  if (mail.outcome === 'unreadable')
    throw new WaybillError('validation_failed', `the body is not a mail: ${mail.detail}`, {
      problems: [{ field: 'body', message: 'is not an RFC 822 message' }],
      extra,
    });
}

function view(mail: IntakeMail) {
  return {
    id: mail.id,
    receivedAt: mail.receivedAt,
    messageKey: mail.messageKey,
    from: mail.from,
    subject: mail.subject,
    outcome: mail.outcome,
    detail: mail.detail,
    found: mail.found.map((found) => ({ ...found })),
    orderId: mail.orderId,
    orderNumber: mail.orderNumber,
  };
}
