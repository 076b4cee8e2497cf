import type { FastifyInstance } from 'fastify';

/** A posted form: each field's values, in order (checkboxes and multi-selects repeat a name). */
export type FormFields = Record<string, string[]>;

/** Parses application/x-www-form-urlencoded in the console's scope; the API stays JSON-only. */
export function acceptConsoleForms(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 65_536 },
    (_request, body, done) => {
      const fields: FormFields = {};
      for (const [name, value] of new URLSearchParams(String(body))) (fields[name] ??= []).push(value);
      done(null, fields);
    },
  );
}

export function formOf(body: unknown): FormFields {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
  return body as FormFields;
}

/** One field's last value, trimmed; '' when absent. */
export function one(form: FormFields, name: string): string {
  const values = form[name];
  return (values?.[values.length - 1] ?? '').trim();
}

export function all(form: FormFields, name: string): string[] {
  return (form[name] ?? []).map((value) => value.trim()).filter((value) => value.length > 0);
}

/** A query string's values as lists, for filters that take several (status=a&status=b). */
export function queryLists(query: unknown): FormFields {
  const fields: FormFields = {};
  if (query === null || typeof query !== 'object') return fields;
  for (const [name, value] of Object.entries(query as Record<string, unknown>)) {
    if (typeof value === 'string') fields[name] = [value];
    else if (Array.isArray(value)) fields[name] = value.filter((v): v is string => typeof v === 'string');
  }
  return fields;
}
