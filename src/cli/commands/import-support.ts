import { readFile } from 'node:fs/promises';
import type { ParseResult } from '../../carriers/carrier.js';
import { bootstrap } from '../../bootstrap.js';
import { ingestCarrierResult, type CarrierIngestOutcome } from '../../ingest/carrier-ingest.js';
import { normalizeItem } from '../../ingest/normalize.js';
import { IngestPipeline } from '../../ingest/pipeline.js';
import type { Store } from '../../store/open-store.js';
import { findTenant } from '../../store/repositories/tenants.js';
import { CliError } from '../errors.js';

/** The file's text; a one-line error when it cannot be read. */
export async function readImportFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`,
    );
  }
}

/** --tenant when given (it must exist), else the first tenant, as `simulate` does. */
export async function importTenant(store: Store, tenant: string | undefined): Promise<string> {
  if (tenant !== undefined) {
    if (!(await findTenant(store.db, tenant))) throw new CliError(`no tenant with id ${tenant}`);
    return tenant;
  }
  return (await bootstrap(store, new Date())).tenant.id;
}

/**
 * Refuses, before the store is touched (not even a first tenant is made), a file in which
 * nothing is usable: no scan and only complaints, or no scan the pipeline would take.
 */
export function refuseUnusable(file: string, format: string, result: ParseResult): void {
  if (result.scans.length === 0) {
    const problem = result.problems.find((p) => p.kind === 'invalid_payload');
    if (problem)
      throw new CliError(
        `${file} is not a usable ${format}: ${problem.message}${problem.at ? ` (${problem.at})` : ''}`,
      );
    return;
  }
  const now = new Date();
  let first: string | undefined;
  for (const scan of result.scans) {
    const { unmapped: _unmapped, ...rest } = scan;
    // The tenant is not known yet and does not change whether a scan is valid.
    const checked = normalizeItem(
      { ...rest, tenantId: 'check', source: { adapter: format, mode: 'import' } },
      now,
    );
    if (checked.ok) return;
    first ??= `${checked.rejection.field} ${checked.rejection.reason}`;
  }
  throw new CliError(`no scan in ${file} is valid; nothing was stored: ${first ?? 'rejected'}`);
}

/** Stores the scans for the tenant; all of them refused is an error, and nothing was stored. */
export async function ingestFile(
  store: Store,
  input: { adapter: string; tenantId: string; file: string; result: ParseResult },
): Promise<CarrierIngestOutcome> {
  const outcome = await ingestCarrierResult(
    { store, pipeline: new IngestPipeline(store) },
    {
      carrier: input.adapter,
      result: input.result,
      source: { adapter: input.adapter, mode: 'import', requestId: input.file },
      tenantId: input.tenantId,
    },
  );
  if (outcome.accepted + outcome.duplicates === 0 && outcome.rejected > 0) {
    const problem = outcome.problems.find((p) => p.at?.startsWith('/scans/')) ?? outcome.problems[0];
    throw new CliError(
      `no scan in ${input.file} is valid; nothing was stored: ${problem?.message ?? 'rejected'}`,
    );
  }
  return outcome;
}

/** The summary line, then one line per problem. */
export function reportOutcome(file: string, outcome: CarrierIngestOutcome, json: boolean | undefined): void {
  if (json) {
    console.log(
      JSON.stringify(
        {
          accepted: outcome.accepted,
          duplicates: outcome.duplicates,
          rejected: outcome.rejected,
          problems: outcome.problems,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `imported ${file}: ${outcome.accepted} new scans, ${outcome.duplicates} duplicates, ${outcome.rejected} rejected, ${outcome.problems.length} problems`,
  );
  for (const problem of outcome.problems) {
    console.log(
      `  ${problem.at ?? '-'}: ${problem.kind === 'unsupported' ? 'skipped: ' : ''}${problem.message}`,
    );
  }
}
