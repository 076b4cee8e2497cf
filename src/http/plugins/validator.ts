import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { Compile } from 'typebox/compile';

/**
 * TypeBox validation as @fastify/type-provider-typebox does it (bodies checked as sent, the other
 * parts converted from text first), except that path parameters, which are strings and declared
 * as strings, are checked as they come and converted only when that fails: converting walks the
 * schema on every request, and it is the busiest routes' only parameter.
 */
export const validatorCompiler: FastifySchemaCompiler<unknown> = (route) => {
  const full = TypeBoxValidatorCompiler(route as Parameters<typeof TypeBoxValidatorCompiler>[0]);
  if (route.httpPart !== 'params') return full;
  const check = Compile(route.schema as Parameters<typeof Compile>[0]);
  return (value: unknown) => (check.Check(value) ? { value } : full(value));
};
