import { Type, type Static, type TSchema } from 'typebox';

/**
 * The schema with JSON Schema `examples`. @fastify/swagger moves the `examples` of a body or
 * response schema to its media type in the OpenAPI document (`example` for one, `examples` for
 * several), and of a parameter's schema to the parameter. The examples are typed by the schema,
 * so one that no longer fits it does not compile; test/http/openapi-examples.test.ts also checks
 * them against the served document, and sends some of them to the server.
 * The schema itself is not changed: the copy carries the examples.
 */
export function withExamples<T extends TSchema>(schema: T, ...examples: [Static<T>, ...Static<T>[]]): T {
  return Type.With(schema, { examples }) as unknown as T;
}
