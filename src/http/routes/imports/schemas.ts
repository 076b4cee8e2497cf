import { Type } from 'typebox';

/**
 * The body of a file import, as the OpenAPI document shows it: text in any of `types`, with an
 * example file. Each route reads the text itself (text-body.ts); validating a string is a no-op.
 */
export function FileBody(types: readonly string[], description: string, example: string) {
  const schema = Type.String({ description, examples: [example] });
  return { content: Object.fromEntries(types.map((type) => [type, { schema }])) };
}

export const ImportProblem = Type.Object({
  kind: Type.String({ description: 'invalid_payload, unsupported, …' }),
  message: Type.String(),
  trackingNumber: Type.Optional(Type.String()),
  at: Type.Optional(
    Type.String({ description: 'Where: `segment 12` (X12), `line 7` (CSV), a JSON pointer (EPCIS).' }),
  ),
});

export const ImportOutcome = Type.Object({
  accepted: Type.Integer({ description: 'Scans stored for the first time.' }),
  duplicates: Type.Integer({ description: 'Scans already stored (same dedupe key): nothing changed.' }),
  rejected: Type.Integer({ description: 'Scans the pipeline refused; each is among the problems.' }),
  problems: Type.Array(ImportProblem, {
    description:
      'Parts of the file that gave no scan (a broken transaction, a bad line) and every refused scan.',
  }),
});

export const ShipmentImportOutcome = Type.Object({
  created: Type.Integer(),
  existing: Type.Integer({
    description: 'Rows for numbers the tenant already tracked: the existing shipment is kept.',
  }),
  rejected: Type.Integer(),
  ignoredColumns: Type.Array(Type.String()),
  rows: Type.Array(
    Type.Object({
      line: Type.Integer(),
      trackingNumber: Type.String(),
      outcome: Type.Union([Type.Literal('created'), Type.Literal('existing'), Type.Literal('rejected')]),
      shipmentId: Type.Optional(Type.String()),
      carrier: Type.Optional(Type.String()),
      message: Type.Optional(Type.String()),
    }),
  ),
});
