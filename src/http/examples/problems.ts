import type { Static } from 'typebox';
import { ERROR_CATALOG, type ErrorCode, type FieldProblem } from '../../domain/errors.js';
import { problemTypeOf } from '../problem.js';
import { ProblemSchema } from '../schemas/problem.js';
import { withExamples } from './with-examples.js';

type Problem = Static<typeof ProblemSchema>;

/** A problem+json answer as src/http/problem.ts writes it: type, title and status from the catalog. */
export function problemExample(
  code: ErrorCode,
  detail: string,
  instance: string,
  errors?: readonly FieldProblem[],
): Problem {
  const { status, title } = ERROR_CATALOG[code];
  return {
    type: problemTypeOf(code),
    title,
    status,
    detail,
    instance,
    code,
    ...(errors ? { errors: errors.map((error) => ({ ...error })) } : {}),
  };
}

/** The 4xx response schema of one operation, with the refusal it most often gives. */
export function problemResponse(example: Problem) {
  return withExamples(ProblemSchema, example);
}

/** The usual answer of an operation that reads one thing by its id. */
export const notFound = (what: string, id: string, instance: string) =>
  problemResponse(problemExample('not_found', `no ${what} ${id}`, instance));

/** The usual answer of an operation whose input has one bad field. */
export const invalid = (field: string, message: string, instance: string) =>
  problemResponse(problemExample('validation_failed', `${field} ${message}`, instance, [{ field, message }]));

/** The usual answer of a listing: nothing but the key can be wrong. */
export const unauthorized = (instance: string) =>
  problemResponse(
    problemExample('unauthorized', 'send your API key as "Authorization: Bearer <key>"', instance),
  );

/**
 * The 4xx of an operation that takes no input: the only refusal it can give is the framework's,
 * for a URL that does not decode (`/healthz%zz`).
 */
export const malformedUrl = (path: string) =>
  problemResponse(
    problemExample('validation_failed', 'the URL is not valid (check its % escapes)', `${path}%zz`),
  );
