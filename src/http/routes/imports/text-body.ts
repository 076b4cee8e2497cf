import type { FastifyInstance, FastifyRequest } from 'fastify';
import { WaybillError } from '../../../domain/errors.js';

/**
 * File uploads arrive as text in the body. Inside the imports plugin only, any content type is
 * read as a string, so each route can name the types it takes in its own 415 instead of
 * Fastify's generic one.
 */
export function acceptTextBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
}

/** The body as text, when it came with one of `types`; a 415 naming them otherwise. */
export function textBody(request: FastifyRequest, types: readonly string[]): string {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!types.includes(type)) {
    throw new WaybillError(
      'unsupported_media_type',
      `send the file as ${types.join(' or ')}${type ? ` (not ${type.slice(0, 60)})` : ''}`,
    );
  }
  const body = request.body;
  if (typeof body !== 'string' || body.trim() === '')
    throw new WaybillError('validation_failed', 'the body is empty');
  return body;
}
