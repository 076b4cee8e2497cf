import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { csvImportRoutes } from './csv.js';
import { ediImportRoutes } from './edi.js';
import { acceptTextBodies } from './text-body.js';

/** File imports under /v1 (inside the API-key scope): X12 214 and CSV. */
export const importRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    acceptTextBodies(app);
    await app.register(ediImportRoutes(deps));
    await app.register(csvImportRoutes(deps));
  };

export { epcisCaptureRoutes } from './epcis-capture.js';
