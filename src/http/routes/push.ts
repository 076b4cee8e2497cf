import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { vapidPublicKey } from '../../notify/push/vapid-keys.js';
import type { AppDeps } from '../deps.js';
import { vapidKeyExample } from '../examples/operations.js';
import { withExamples } from '../examples/with-examples.js';
import { malformedUrl } from '../examples/problems.js';

/** Public (no API key): the tracking page needs the key before it can ask the browser to subscribe. */
export const pushRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.withTypeProvider<TypeBoxTypeProvider>().get(
      '/push/vapid-public-key',
      {
        schema: {
          operationId: 'getVapidPublicKey',
          summary: 'The server’s VAPID public key, for pushManager.subscribe({applicationServerKey})',
          tags: ['push'],
          security: [],
          response: {
            200: withExamples(Type.Object({ publicKey: Type.String() }), vapidKeyExample),
            '4xx': malformedUrl('/push/vapid-public-key'),
          },
        },
      },
      async (_request, reply) => {
        // The key is fixed for the life of the installation; let browsers keep it a day.
        void reply.header('cache-control', 'public, max-age=86400');
        return { publicKey: await vapidPublicKey(deps.store) };
      },
    );
  };
