import { listAudit } from '../../../audit.js';
import { renderAuditLog } from '../../../views/settings/audit.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { one, queryLists } from '../../forms.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage } from '../../respond.js';

const PAGE = 100;

/** The audit log: who did what, when, newest first. */
export const auditRoutes: ConsoleRouteRegistrar = (app, context) => {
  app.get(
    '/settings/audit',
    { config: { permission: 'manage' }, schema: { hide: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const tenantId = sessionOf(request).user.tenantId;
      const cursor = one(queryLists(request.query), 'cursor');
      const entries = await listAudit(context.deps.store.db, tenantId, {
        cursor: /^[0-9A-Z]{26}$/.test(cursor) ? cursor : undefined,
        limit: PAGE + 1,
      });
      const shown = entries.slice(0, PAGE);
      return sendConsolePage(
        reply,
        200,
        renderSettings(view, {
          page: 'audit',
          title: view.t('settings.audit'),
          body: renderAuditLog(
            view,
            shown,
            entries.length > PAGE ? (shown[shown.length - 1]?.id ?? null) : null,
          ),
          attentionCount: await attentionTotal(context, tenantId, view),
        }),
      );
    },
  );
};
