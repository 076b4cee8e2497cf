import { countryCodeOf } from '../../../carriers/payload/country.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { IANAZone } from 'luxon';
import { isSubstatus } from '../../../domain/status.js';
import { detect } from '../../../numbers/index.js';
import {
  addNote,
  correctCarrier,
  resendMessage,
  setArchived,
  setNotificationsPaused,
} from '../../actions/shipment-actions.js';
import { audit } from '../../audit.js';
import { findMark, saveMark } from '../../queries/attention.js';
import { findListedShipment } from '../../queries/shipment-detail.js';
import { isKnownCarrier } from '../../views/carrier-options.js';
import type { DoneKey } from '../../views/done.js';
import { badRequest, notFound } from '../console-error.js';
import type { ConsoleContext } from '../deps.js';
import { formOf, one } from '../forms.js';
import { forgetAttentionTotal } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';
import { seeOther } from '../respond.js';
import { actorOf } from './auth.js';
import { IdParams } from './shipments.js';
import { storePayload } from '../../payloads.js';

const ACT = { permission: 'act' } as const;

/** The actions on one shipment: each refused to viewers, each audited. */
export const shipmentActionRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  /** The shipment of this tenant named in the path, or 404; and who is acting. */
  const target = async (request: FastifyRequest, id: string) => {
    const session = sessionOf(request);
    const listed = await findListedShipment(deps.store.db, session.user.tenantId, id);
    if (!listed) throw notFound(`no shipment ${id}`);
    return {
      listed,
      tenantId: session.user.tenantId,
      actor: actorOf(request, session.user),
      user: session.user,
    };
  };
  const done = (reply: FastifyReply, tenantId: string, shipmentId: string, key: DoneKey, type: string) => {
    context.live.announce(tenantId, shipmentId, `console.${type}`);
    forgetAttentionTotal(tenantId);
    return seeOther(reply, `/app/shipments/${shipmentId}?done=${key}`);
  };

  api.post(
    '/shipments/:id/notes',
    { config: ACT, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const { listed, tenantId, actor, user } = await target(request, request.params.id);
      const body = one(formOf(request.body), 'body');
      if (body.length === 0 || body.length > 4000) throw badRequest('a note needs 1 to 4,000 characters');
      await addNote(
        deps.store,
        { tenantId, shipmentId: listed.shipment.id, actor, author: user.name, body },
        deps.clock(),
      );
      return done(reply, tenantId, listed.shipment.id, 'note_added', 'note');
    },
  );

  api.post(
    '/shipments/:id/carrier',
    { config: ACT, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const { listed, tenantId, actor } = await target(request, request.params.id);
      const carrier = one(formOf(request.body), 'carrier');
      if (!isKnownCarrier(carrier)) throw badRequest(`unknown carrier "${carrier}"`);
      const s = listed.shipment;
      if (carrier !== s.carrier) {
        const detected = detect(s.trackingNumber).candidates.map((c) => c.carrier);
        await correctCarrier(
          deps.store,
          {
            tenantId,
            shipmentId: s.id,
            trackingNumber: s.trackingNumber,
            from: s.carrier,
            to: carrier,
            actor,
            detected,
          },
          deps.clock(),
        );
      }
      return done(reply, tenantId, s.id, 'carrier_changed', 'carrier');
    },
  );

  api.post(
    '/shipments/:id/exception',
    { config: ACT, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const { listed, tenantId, actor, user } = await target(request, request.params.id);
      const form = formOf(request.body);
      const action = one(form, 'action');
      const reason = one(form, 'reason').trim();
      if (action !== 'acknowledge' && action !== 'resolve')
        throw badRequest('action must be acknowledge or resolve');
      if (reason.length === 0 || reason.length > 500)
        throw badRequest(`to ${action} an exception, give a reason of 1 to 500 characters`);
      const now = deps.clock();
      const s = listed.shipment;
      await deps.store.db.transaction().execute(async (trx) => {
        const mark = await findMark(trx, tenantId, s.id, 'exception');
        await saveMark(
          trx,
          {
            tenantId,
            shipmentId: s.id,
            kind: 'exception',
            by: user.id,
            mark:
              action === 'acknowledge'
                ? {
                    state: 'acknowledged',
                    assigneeId: mark?.assigneeId ?? user.id,
                    reason: reason || mark?.reason || null,
                  }
                : { state: 'handled', assigneeId: mark?.assigneeId ?? null, reason },
          },
          now,
        );
        await audit(
          trx,
          {
            tenantId,
            actor,
            action: action === 'acknowledge' ? 'exception.acknowledged' : 'exception.resolved',
            targetType: 'shipment',
            targetId: s.id,
            detail: { reason, substatus: s.substatus },
          },
          now,
        );
      });
      return done(
        reply,
        tenantId,
        s.id,
        action === 'acknowledge' ? 'exception_acknowledged' : 'exception_resolved',
        'exception',
      );
    },
  );

  api.post(
    '/shipments/:id/notifications/:messageId/resend',
    {
      config: ACT,
      schema: {
        hide: true,
        params: Type.Object({
          id: Type.String({ maxLength: 64 }),
          messageId: Type.String({ maxLength: 64 }),
        }),
      },
    },
    async (request, reply) => {
      const { listed, tenantId, actor } = await target(request, request.params.id);
      const queued = await resendMessage(
        deps.store,
        { tenantId, shipmentId: listed.shipment.id, messageId: request.params.messageId, actor },
        deps.clock(),
      );
      if (!queued) throw notFound(`no message ${request.params.messageId} to resend`);
      deps.onNotificationsDue?.();
      return done(reply, tenantId, listed.shipment.id, 'notification_resent', 'notification');
    },
  );

  api.post(
    '/shipments/:id/notifications/pause',
    { config: ACT, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const { listed, tenantId, actor } = await target(request, request.params.id);
      const paused = one(formOf(request.body), 'paused') === '1';
      await setNotificationsPaused(
        deps.store,
        { tenantId, shipmentId: listed.shipment.id, paused, actor },
        deps.clock(),
      );
      return done(
        reply,
        tenantId,
        listed.shipment.id,
        paused ? 'notifications_paused' : 'notifications_resumed',
        'notifications',
      );
    },
  );

  api.post(
    '/shipments/:id/archive',
    { config: ACT, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const { listed, tenantId, actor } = await target(request, request.params.id);
      const archived = one(formOf(request.body), 'archived') === '1';
      await setArchived(
        deps.store,
        { tenantId, shipmentId: listed.shipment.id, archived, actor },
        deps.clock(),
      );
      return done(reply, tenantId, listed.shipment.id, archived ? 'archived' : 'unarchived', 'archive');
    },
  );

  api.post(
    '/shipments/:id/scans',
    { config: ACT, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const { listed, tenantId, actor } = await target(request, request.params.id);
      const form = formOf(request.body);
      const status = one(form, 'status');
      const occurredAt = one(form, 'occurredAt');
      const zone = one(form, 'zone');
      const country = one(form, 'country').toUpperCase();
      if (!isSubstatus(status)) throw badRequest(`"${status}" is not a status`);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(occurredAt))
        throw badRequest('the scan time must be a local date and time');
      if (!IANAZone.isValidZone(zone)) throw badRequest(`"${zone}" is not a time zone`);
      if (country && (!/^[A-Z]{2}$/.test(country) || countryCodeOf(country) !== country))
        throw badRequest(`"${country}" is not a country code (two letters, ISO 3166, such as DE)`);
      const now = deps.clock();
      const s = listed.shipment;
      const city = one(form, 'city').slice(0, 100);
      const description = one(form, 'description').slice(0, 500);
      const local = occurredAt.length === 16 ? `${occurredAt}:00` : occurredAt;
      const result = await deps.pipeline.ingest([
        {
          tenantId,
          trackingNumber: s.trackingNumber,
          carrier: s.carrier,
          occurredAt: local,
          zone,
          status,
          rawCode: 'MANUAL',
          rawDescription: description || 'Added in the console',
          location: city || country ? { city: city || undefined, country: country || undefined } : null,
          source: { adapter: 'console', mode: 'manual', requestId: request.id },
        },
      ]);
      const rejection = result.rejected[0];
      if (rejection)
        throw badRequest(
          rejection.field === 'occurredAt'
            ? `the scan time ${rejection.reason}`
            : `${rejection.field}: ${rejection.reason}`,
        );
      await storePayload(deps.store.db, {
        requestId: request.id,
        adapter: 'console',
        contentType: 'application/json',
        body: JSON.stringify({
          status,
          occurredAt: local,
          zone,
          city,
          country,
          description,
          by: actor.label,
        }),
        now,
      });
      await audit(
        deps.store.db,
        {
          tenantId,
          actor,
          action: 'scan.added',
          targetType: 'shipment',
          targetId: s.id,
          detail: { status, occurredAt: local, zone, duplicate: result.duplicates > 0 },
        },
        now,
      );
      return done(reply, tenantId, s.id, 'scan_added', 'scan');
    },
  );
};

export type { ConsoleContext };
