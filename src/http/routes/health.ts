import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import { pendingMigrations } from '../../store/migrate.js';
import type { AppDeps } from '../deps.js';
import { healthyExample, notReadyExample, readyExample, unhealthyExample } from '../examples/operations.js';
import { withExamples } from '../examples/with-examples.js';
import { malformedUrl } from '../examples/problems.js';

export const healthRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          operationId: 'getHealth',
          summary: 'Liveness and database reachability',
          tags: ['operations'],
          security: [],
          response: {
            200: withExamples(
              Type.Object({ status: Type.Literal('ok'), database: Type.String() }),
              healthyExample,
            ),
            '4xx': malformedUrl('/healthz'),
            503: withExamples(
              Type.Object({ status: Type.Literal('unavailable'), database: Type.String() }),
              unhealthyExample,
            ),
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

    // Once every migration has been seen applied it stays so for this process's lifetime (a newer
    // node may add more, which this code neither knows nor needs), so later probes skip the read.
    let migrationsCurrent = false;
    app.get(
      '/readyz',
      {
        schema: {
          operationId: 'getReadiness',
          summary: 'Readiness: the database answers and its schema has every migration this code needs',
          tags: ['operations'],
          security: [],
          response: {
            200: withExamples(
              Type.Object({ status: Type.Literal('ready'), database: Type.String() }),
              readyExample,
            ),
            '4xx': malformedUrl('/readyz'),
            503: withExamples(
              Type.Object({
                status: Type.Literal('unavailable'),
                database: Type.String(),
                reason: Type.String(),
                pendingMigrations: Type.Optional(Type.Array(Type.String())),
              }),
              notReadyExample,
            ),
          },
        },
      },
      async (_request, reply) => {
        const database = deps.store.caps.dialect;
        try {
          await sql`select 1`.execute(deps.store.db);
        } catch {
          return reply
            .code(503)
            .send({ status: 'unavailable' as const, database, reason: 'the database does not answer' });
        }
        if (!migrationsCurrent) {
          let pending: string[];
          try {
            pending = await pendingMigrations(
              deps.store.db as unknown as Kysely<unknown>,
              deps.store.caps,
              deps.store.schema,
            );
          } catch {
            return reply
              .code(503)
              .send({ status: 'unavailable' as const, database, reason: 'cannot read the migration table' });
          }
          if (pending.length > 0)
            return reply.code(503).send({
              status: 'unavailable' as const,
              database,
              reason: 'the database schema is behind this code: run the migrations',
              pendingMigrations: pending,
            });
          migrationsCurrent = true;
        }
        return { status: 'ready' as const, database };
      },
    );
  };
