import { isStoreUnavailable } from '../store/unavailable.js';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOG, WaybillError, type ErrorCode, type FieldProblem } from '../domain/errors.js';

/** RFC 9457 problem details; `errors` names each offending field. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: ErrorCode;
  readonly errors?: readonly FieldProblem[];
  readonly [extra: string]: unknown;
}

export function problemTypeOf(code: ErrorCode): string {
  return `https://waybill.dev/problems/${code.replaceAll('_', '-')}`;
}

/** The one place where any error becomes a problem+json answer. Never leaks internals. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const waybill = asWaybillError(error);
  if (waybill.code === 'internal') request.log.error({ err: error }, 'unhandled error');
  else if (waybill.status >= 400)
    request.log.info({ code: waybill.code, detail: waybill.message }, 'request refused');
  const entry = ERROR_CATALOG[waybill.code];
  // The database is restarting or failing over: worth a retry in a moment, which clients honour.
  if (waybill.cause !== undefined && isStoreUnavailable(waybill.cause) && !reply.hasHeader('retry-after'))
    void reply.header('retry-after', '2');
  const problem: Problem = {
    ...waybill.extra,
    type: problemTypeOf(waybill.code),
    title: entry.title,
    status: entry.status,
    detail: waybill.message,
    instance: instanceOf(request.url),
    code: waybill.code,
    ...(waybill.problems.length > 0 ? { errors: waybill.problems } : {}),
  };
  return reply.code(entry.status).type('application/problem+json').send(problem);
}

/** Longest path a problem repeats: a 414 for a 1,000-character path need not echo all of it. */
const MAX_INSTANCE = 256;

function instanceOf(url: string): string {
  const path = url.split('?')[0] ?? url;
  return path.length <= MAX_INSTANCE ? path : `${path.slice(0, MAX_INSTANCE)}…`;
}

function asWaybillError(error: unknown): WaybillError {
  if (error instanceof WaybillError) return error;
  const fastifyError = error as Partial<FastifyError> & {
    validation?: ValidationEntry[];
    validationContext?: string;
  };
  if (fastifyError.validation)
    return validationError(fastifyError.validation, fastifyError.validationContext);
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new WaybillError(
        'malformed_json',
        `the body is not valid JSON: ${fastifyError.message ?? ''}`.trim(),
        {
          cause: error,
        },
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new WaybillError('payload_too_large', 'the request body is larger than this server accepts', {
        cause: error,
      });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new WaybillError('uri_too_long', 'a part of this URL is longer than any the server uses', {
        cause: error,
      });
    case 'FST_ERR_BAD_URL':
      return new WaybillError('validation_failed', 'the URL is not valid (check its % escapes)', {
        cause: error,
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new WaybillError('unsupported_media_type', 'send the body as application/json', {
        cause: error,
      });
    default:
      if (fastifyError instanceof SyntaxError) {
        return new WaybillError('malformed_json', 'the body is not valid JSON', { cause: error });
      }
      if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
        return new WaybillError('validation_failed', fastifyError.message ?? 'bad request', { cause: error });
      }
      if (isStoreUnavailable(error))
        return new WaybillError(
          'unavailable',
          'the database cannot be reached right now; try again shortly',
          {
            cause: error,
          },
        );
      return new WaybillError('internal', 'something went wrong on our side; it has been logged', {
        cause: error,
      });
  }
}

interface ValidationEntry {
  readonly instancePath?: string;
  readonly message?: string;
  readonly keyword?: string;
  readonly params?: Record<string, unknown>;
}

function validationError(entries: readonly ValidationEntry[], context = 'body'): WaybillError {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const entry of entries) {
    const problem = { field: fieldName(context, entry), message: messageOf(entry) };
    // One line per field: an unknown field is reported both as "schema is false" and as an
    // additional property; keep the first wording that explains it.
    if (seen.has(problem.field)) continue;
    seen.add(problem.field);
    problems.push(problem);
    if (problems.length === 20) break;
  }
  const first = problems[0];
  const detail = first ? `${first.field} ${first.message}` : `the ${context} is not valid`;
  return new WaybillError('validation_failed', detail, { problems });
}

function fieldName(context: string, entry: ValidationEntry): string {
  const path = (entry.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const extra = entry.params?.['additionalProperties'] ?? entry.params?.['requiredProperties'];
  const named = Array.isArray(extra) ? String(extra[0]) : typeof extra === 'string' ? extra : undefined;
  const full = [path, named].filter((part) => part && part.length > 0).join('.');
  return full.length > 0 ? `${context}.${full}` : context;
}

function messageOf(entry: ValidationEntry): string {
  if (entry.keyword === 'additionalProperties' || entry.message === 'schema is false')
    return 'is not a known field';
  if (entry.keyword === 'enum' && Array.isArray(entry.params?.['allowedValues'])) {
    return `must be one of ${(entry.params['allowedValues'] as unknown[]).join(', ')}`;
  }
  if (entry.keyword === 'required') return 'is required';
  return entry.message ?? 'is not valid';
}
