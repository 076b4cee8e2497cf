import type { CarrierProblem, ParseResult } from '../../../carriers/carrier.js';
import { WaybillError, type FieldProblem } from '../../../domain/errors.js';
import { ingestCarrierResult, type CarrierIngestOutcome } from '../../../ingest/carrier-ingest.js';
import type { AppDeps } from '../../deps.js';

/**
 * An uploaded file's parse result into the store for the uploading tenant. Refused as a whole
 * (400, nothing stored) when nothing in it is usable: no scan, only format complaints, or every
 * scan refused. Otherwise the good scans are stored and every problem is reported; the answer
 * goes out after the commit.
 */
export async function ingestUpload(
  deps: AppDeps,
  upload: {
    adapter: string;
    format: string;
    tenantId: string;
    requestId: string;
    result: ParseResult;
    raw?: { body: string; contentType: string };
  },
): Promise<CarrierIngestOutcome> {
  const { result } = upload;
  const unusable = result.scans.length === 0 && result.problems.some((p) => p.kind === 'invalid_payload');
  if (unusable) throw refusal(`nothing in the body is a usable ${upload.format}`, result.problems);
  const outcome = await ingestCarrierResult(
    { store: deps.store, pipeline: deps.pipeline },
    {
      carrier: upload.adapter,
      result,
      source: { adapter: upload.adapter, mode: 'import', requestId: upload.requestId },
      tenantId: upload.tenantId,
      ...(upload.raw ? { raw: upload.raw } : {}),
    },
  );
  if (outcome.accepted + outcome.duplicates === 0 && outcome.rejected > 0) {
    throw refusal(`no scan in the ${upload.format} is valid; nothing was stored`, outcome.problems);
  }
  return outcome;
}

export function refusal(detail: string, problems: readonly CarrierProblem[]): WaybillError {
  const fields: FieldProblem[] = problems
    .slice(0, 50)
    .map((p) => ({ field: p.at ?? 'body', message: p.message }));
  const first = problems.find((p) => p.kind === 'invalid_payload') ?? problems[0];
  return new WaybillError('validation_failed', first ? `${detail}: ${first.message}` : detail, {
    problems: fields,
  });
}

export function outcomeView(outcome: CarrierIngestOutcome) {
  return {
    accepted: outcome.accepted,
    duplicates: outcome.duplicates,
    rejected: outcome.rejected,
    problems: outcome.problems.map((problem) => ({ ...problem })),
  };
}
