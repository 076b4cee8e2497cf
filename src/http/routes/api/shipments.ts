import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DateTime } from 'luxon';
import { Type } from 'typebox';
import { WaybillError } from '../../../domain/errors.js';
import type { Shipment } from '../../../domain/shipment.js';
import { STATUSES } from '../../../domain/status.js';
import { effectiveTimeline, orderTimeline } from '../../../domain/timeline.js';
import type { TrackingEvent } from '../../../domain/tracking-event.js';
import { normalizeTrackingNumber } from '../../../ingest/normalize.js';
import { registerShipment } from '../../../ingest/register-shipment.js';
import { issue } from '../../../numbers/index.js';
import {
  findShipment,
  listEvents,
  listShipments,
  shipmentVersion,
} from '../../../store/repositories/shipments.js';
import { pageUrlFor } from '../../../web/page-token.js';
import type { AppDeps } from '../../deps.js';
import { SHIPMENT_ID, TRACKING_NUMBER } from '../../examples/fragments.js';
import { invalid, notFound, problemExample, problemResponse } from '../../examples/problems.js';
import {
  createShipmentExample,
  registeredShipmentExample,
  shipmentPageExample,
  shipmentWithTimelineExample,
} from '../../examples/shipments.js';
import { withExamples } from '../../examples/with-examples.js';
import { bytesOf, LookupCache, matchesEtag } from '../../lookup-cache.js';
import {
  CreateShipmentBody,
  ShipmentSchema,
  ShipmentWithTimeline,
  StatusSchema,
} from '../../schemas/shipment.js';

export const shipmentRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const lookups = new LookupCache();

    api.post(
      '/v1/shipments',
      {
        schema: {
          operationId: 'createShipment',
          summary: 'Register a shipment to track',
          description:
            'Registering a number the tenant already tracks returns the existing shipment (200). ' +
            'Without `trackingNumber`, Waybill issues one for the merchant’s own delivery. ' +
            'Without `carrier`, the carrier is detected from the number; when several fit, the answer is 409 with the candidates.',
          tags: ['shipments'],
          body: withExamples(CreateShipmentBody, createShipmentExample),
          response: {
            200: withExamples(ShipmentSchema, registeredShipmentExample),
            201: withExamples(ShipmentSchema, registeredShipmentExample),
            '4xx': problemResponse(
              problemExample(
                'carrier_unknown',
                'No carrier recognises "1Z999AA10123456785": it has the shape of UPS 1Z, but its check digit is wrong, ' +
                  'so a character was probably mistyped. Give "carrier".',
                '/v1/shipments',
                [{ field: 'carrier', message: 'is required: the number matches no known carrier format' }],
              ),
            ),
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        // No number: the merchant's own delivery, with a number we issue (unguessable, checked).
        const choice =
          body.trackingNumber === undefined
            ? { carrier: body.carrier ?? 'waybill', trackingNumber: issue(request.tenantId) }
            : body.carrier
              ? { carrier: body.carrier, trackingNumber: body.trackingNumber }
              : deps.detectCarrier(body.trackingNumber);
        const registration = await registerShipment(
          deps.store,
          {
            tenantId: request.tenantId,
            trackingNumber: choice.trackingNumber,
            carrier: choice.carrier,
            details: {
              service: body.service,
              orderRef: body.orderRef,
              origin: upperCountry(body.origin),
              destination: upperCountry(body.destination),
              promisedDate: body.promisedDate,
              orderedAt: body.orderedAt,
            },
            requestId: request.id,
          },
          deps.clock(),
          deps.onCommitted,
        );
        return reply.code(registration.created ? 201 : 200).send(registration.shipment);
      },
    );

    api.get(
      '/v1/shipments/:id',
      {
        schema: {
          operationId: 'getShipment',
          summary: 'A shipment and its timeline of scans',
          tags: ['shipments'],
          params: Type.Object({ id: Type.String({ maxLength: 64, examples: [SHIPMENT_ID] }) }),
          response: {
            200: withExamples(ShipmentWithTimeline, shipmentWithTimelineExample),
            304: Type.Null({ description: 'Unchanged since the ETag sent in `If-None-Match`.' }),
            '4xx': notFound('shipment with id', SHIPMENT_ID, `/v1/shipments/${SHIPMENT_ID}`),
          },
        },
      },
      async (request, reply) => {
        const { tenantId } = request;
        const { id } = request.params;
        const notFound = () => new WaybillError('not_found', `no shipment with id ${id}`);
        // The version is read first: a body built after it is at least that new, never older.
        const version = await shipmentVersion(deps.store.db, deps.store.caps, tenantId, id);
        if (version === undefined) throw notFound();
        let answer = lookups.get(`${tenantId}/${id}`, version);
        if (!answer) {
          const shipment = await findShipment(deps.store.db, tenantId, id);
          if (!shipment) throw notFound();
          const events = await listEvents(deps.store.db, tenantId, shipment.id);
          const body = reply.serialize({
            ...shipment,
            timeline: timelineView(events),
            trackingPageUrl: await pageUrlFor(deps.store.db, shipment.id, deps.config.publicBaseUrl),
          }) as string;
          answer = lookups.set(`${tenantId}/${id}`, version, body);
        }
        // Already serialized: bytes go out as they are.
        const out: FastifyReply = reply
          .header('etag', answer.etag)
          .header('cache-control', 'private, no-cache');
        if (matchesEtag(request.headers['if-none-match'], answer.etag)) return out.code(304).send();
        return out.type('application/json; charset=utf-8').send(bytesOf(answer));
      },
    );

    api.get(
      '/v1/shipments',
      {
        schema: {
          operationId: 'listShipments',
          summary: 'List shipments, newest first',
          tags: ['shipments'],
          querystring: Type.Object(
            {
              tracking_number: Type.Optional(Type.String({ maxLength: 64, examples: [TRACKING_NUMBER] })),
              status: Type.Optional(withExamples(StatusSchema, 'in_transit')),
              cursor: Type.Optional(
                Type.String({
                  pattern: '^[0-9A-HJKMNP-TV-Z]{26}$',
                  description: '`nextCursor` of the previous page.',
                  examples: [SHIPMENT_ID],
                }),
              ),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, examples: [20] })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: withExamples(
              Type.Object({
                data: Type.Array(ShipmentSchema),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              shipmentPageExample,
            ),
            '4xx': invalid('querystring.status', `must be one of ${STATUSES.join(', ')}`, '/v1/shipments'),
          },
        },
      },
      async (request) => {
        const { tracking_number, status, cursor } = request.query;
        const limit = request.query.limit ?? 50;
        const data: Shipment[] = await listShipments(deps.store.db, request.tenantId, {
          trackingNumber:
            tracking_number === undefined ? undefined : normalizeTrackingNumber(tracking_number),
          status,
          cursor,
          limit,
        });
        return { data, nextCursor: data.length === limit ? (data.at(-1)?.id ?? null) : null };
      },
    );
  };

/** Canonical order, each scan with its local clock time and whether a correction voided it. */
export function timelineView(events: readonly TrackingEvent[]) {
  const effective = new Set(effectiveTimeline(events));
  return orderTimeline(events).map((event) => ({
    ...event,
    localTime: localTimeOf(event),
    voided: !effective.has(event),
  }));
}

function localTimeOf(event: TrackingEvent): string {
  const zone = /^[+-]\d{2}:\d{2}$/.test(event.zone) ? `UTC${event.zone}` : event.zone;
  const local = DateTime.fromISO(event.occurredAt, { zone: 'utc' }).setZone(zone);
  return (
    (local.isValid ? local : DateTime.fromISO(event.occurredAt, { zone: 'utc' })).toISO({
      suppressMilliseconds: true,
    }) ?? event.occurredAt
  );
}

function upperCountry<T extends { country?: string | undefined }>(address: T | undefined): T | undefined {
  return address?.country ? { ...address, country: address.country.toUpperCase() } : address;
}
