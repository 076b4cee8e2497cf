import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

/** What the page's HTML forms post: a few short text fields. */
export const FormBody = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 1000 }), {
  maxProperties: 10,
});

/**
 * Parses application/x-www-form-urlencoded bodies (the page's forms work without JavaScript) in
 * the page routes' scope only; the API stays JSON-only. A repeated field keeps its last value.
 */
export function acceptPageForms(app: FastifyInstance): void {
  if (app.hasContentTypeParser('application/x-www-form-urlencoded')) return;
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16_384 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
}

export function field(body: Record<string, string> | undefined, name: string): string {
  return (body?.[name] ?? '').trim();
}
