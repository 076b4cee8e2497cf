import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppDeps } from '../deps.js';

export const healthRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          summary: 'Liveness and database reachability',
          tags: ['operations'],
          response: {
            200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }),
            503: Type.Object({ status: Type.Literal('unavailable'), database: Type.String() }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await sql`select 1`.execute(deps.store.db);
          return { status: 'ok' as const, database: deps.store.caps.dialect };
        } catch {
          return reply.code(503).send({ status: 'unavailable' as const, database: deps.store.caps.dialect });
        }
      },
    );
  };
