import { channelsOff } from '../../../../notify/channels.js';
import { FORM_CHANNELS } from '../../../../web/render-forms.js';
import type { Branding } from '../../../../domain/branding.js';
import { shipmentZone } from '../../../../notify/facts.js';
import { brandingProblems, saveBranding, type BrandingPatch } from '../../../../notify/tenant-settings.js';
import { newNonce, sendPage } from '../../../../http/routes/public/context.js';
import { tenantBranding } from '../../../../store/repositories/tenants.js';
import { carrierInfo } from '../../../../web/carrier-info.js';
import { directionOf, translator } from '../../../../web/i18n/messages.js';
import type { PageView } from '../../../../web/page-view.js';
import { renderTrackingPage } from '../../../../web/render-page.js';
import { audit } from '../../../audit.js';
import { doneFlash } from '../../../views/done.js';
import { renderBranding } from '../../../views/settings/branding.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { formOf, one, queryLists, type FormFields } from '../../forms.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage, seeOther } from '../../respond.js';
import { actorOf } from '../auth.js';
import { sampleShipment } from './sample-shipment.js';

const MANAGE = { permission: 'manage' } as const;
const FIELDS = [
  'name',
  'logoUrl',
  'primaryColor',
  'accentColor',
  'supportEmail',
  'supportPhone',
  'supportUrl',
] as const;

function patchFrom(fields: FormFields): BrandingPatch {
  const patch: Record<string, string | null> = {};
  for (const name of FIELDS) {
    if (!(name in fields)) continue;
    const value = one(fields, name);
    patch[name] = value === '' && name !== 'name' ? null : value;
  }
  return patch as BrandingPatch;
}

/** Branding, with the real tracking page rendered beside the form as a live preview. */
export const brandingRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;

  app.get('/settings/branding', { config: MANAGE, schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const branding = await tenantBranding(db, tenantId);
    return sendConsolePage(
      reply,
      200,
      renderSettings(view, {
        page: 'branding',
        title: view.t('settings.branding'),
        body: renderBranding(view, branding, {}),
        attentionCount: await attentionTotal(context, tenantId, view),
        flash: doneFlash(view, queryLists(request.query)['done']?.[0]),
      }),
    );
  });

  app.post('/settings/branding', { config: MANAGE, schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const session = sessionOf(request);
    const tenantId = session.user.tenantId;
    const patch = patchFrom(formOf(request.body));
    const problems = brandingProblems(patch);
    if (Object.keys(problems).length > 0) {
      const current = await tenantBranding(db, tenantId);
      const shown = { ...current, ...patch } as Branding;
      const errors = Object.fromEntries(
        Object.entries(problems).map(([k, v]) => [k, `${view.t(`branding.${k}` as never)}: ${v}`]),
      );
      return sendConsolePage(
        reply,
        400,
        renderSettings(view, {
          page: 'branding',
          title: view.t('settings.branding'),
          body: renderBranding(view, shown, errors),
          attentionCount: await attentionTotal(context, tenantId, view),
        }),
      );
    }
    const now = deps.clock();
    await db.transaction().execute(async (trx) => {
      await saveBranding(trx, tenantId, patch);
      await audit(
        trx,
        {
          tenantId,
          actor: actorOf(request, session.user),
          action: 'branding.saved',
          targetType: 'tenant',
          targetId: tenantId,
          detail: patch,
        },
        now,
      );
    });
    return seeOther(reply, '/app/settings/branding?done=branding_saved');
  });

  // The customer's tracking page itself, with the branding as typed (not yet saved).
  app.get(
    '/settings/branding/preview',
    { config: MANAGE, schema: { hide: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const tenantId = sessionOf(request).user.tenantId;
      const saved = await tenantBranding(db, tenantId);
      const patch = patchFrom(queryLists(request.query));
      const problems = brandingProblems(patch);
      for (const key of Object.keys(problems)) delete (patch as Record<string, unknown>)[key];
      const branding = { ...saved, ...patch } as Branding;
      const shipment = sampleShipment(tenantId, deps.clock());
      const pageView: PageView = {
        token: 'PREVIEW',
        locale: view.locale,
        dir: directionOf(view.locale),
        t: translator(view.locale),
        shipment: shipment.shipment,
        scans: shipment.scans,
        branding,
        carrier: carrierInfo(shipment.shipment.carrier, shipment.shipment.trackingNumber),
        zone: shipmentZone(shipment.shipment),
        verified: true,
        seq: 0,
      };
      const nonce = newNonce();
      return sendPage(
        reply,
        200,
        renderTrackingPage(pageView, {
          nonce,
          vapidKey: null,
          preview: true,
          channels: FORM_CHANNELS.filter((channel) => !channelsOff(deps.config).has(channel)),
        }),
        nonce,
        {
          frameableBySelf: true,
        },
      );
    },
  );
};
