import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { WaybillError } from '../../../../domain/errors.js';
import { checkRecipientInput } from '../../../../notify/recipient-input.js';
import { addRecipient, recipientsFor, removeRecipient } from '../../../../notify/recipients.js';
import { isOptedOut } from '../../../../notify/sms/opt-outs.js';
import { findShipment } from '../../../../store/repositories/shipments.js';
import type { AppDeps } from '../../../deps.js';
import { RECIPIENT_ID, SHIPMENT_ID } from '../../../examples/fragments.js';
import { addRecipientExample, recipientExample } from '../../../examples/notifications.js';
import { problemExample, problemResponse } from '../../../examples/problems.js';
import { withExamples } from '../../../examples/with-examples.js';
import { RecipientBody, RecipientView, IdParams, noShipment } from './schemas.js';

/** A shipment's recipients: add (with consent), list, remove. */
export const recipientRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const db = deps.store.db;

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
  };
