import type { FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { zoneOf } from '../../http/routes/public/context.js';
import { isZone } from '../../web/format-time.js';
import { attentionCounts, type AttentionQuery } from '../queries/attention.js';
import type { ConsoleView } from '../views/view.js';
import type { ConsoleContext } from './deps.js';
import { sessionOf, viewOf } from './request-view.js';

/** The view of a signed-in page: the person, their language, and the zone their browser is in. */
export function signedInView(
  request: FastifyRequest,
  reply: FastifyReply,
  context: ConsoleContext,
): ConsoleView {
  const session = sessionOf(request);
  const view = viewOf(request, reply, context.secure, session.csrfToken);
  const zone = zoneOf(request);
  return { ...view, zone: isZone(zone) ? zone : 'UTC' };
}

/** Today's date in the viewer's zone: "late" means a promised date before it. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toFormat('yyyy-MM-dd');
}

export function attentionQueryFor(
  view: ConsoleView,
  now: Date,
  assigned: AttentionQuery['assigned'] = 'all',
): AttentionQuery {
  return { today: todayIn(view.zone, now), now, assigned, meId: view.me?.id };
}

// The queue's size is in every page's navigation; a few seconds' cache per tenant keeps that
// from costing six counts per page view. Live updates refresh the badge on their own.
const COUNT_TTL_MS = 5_000;
const counts = new Map<string, { at: number; total: number }>();

export async function attentionTotal(
  context: ConsoleContext,
  tenantId: string,
  view: ConsoleView,
): Promise<number> {
  const now = context.deps.clock();
  const cached = counts.get(tenantId);
  if (cached && now.getTime() - cached.at < COUNT_TTL_MS) return cached.total;
  const { total } = await attentionCounts(context.deps.store.db, tenantId, attentionQueryFor(view, now));
  if (counts.size > 10_000) counts.clear();
  counts.set(tenantId, { at: now.getTime(), total });
  return total;
}

export function forgetAttentionTotal(tenantId: string): void {
  counts.delete(tenantId);
}
