import type { Command } from 'commander';
import { parseEventsCsv } from '../../carriers/csv-events/parse.js';
import { chooseCarrier } from '../../http/carrier-choice.js';
import {
  importShipmentsCsv,
  readShipmentsCsv,
  type ShipmentImportReport,
} from '../../ingest/csv-shipments.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';
import { importTenant, ingestFile, readImportFile, refuseUnusable, reportOutcome } from './import-support.js';

export function registerImportCsv(program: Command): void {
  program
    .command('import-csv')
    .description('Import scans (events) or shipments to track from a CSV file with a header row')
    .argument('<kind>', 'events or shipments')
    .argument('<file>', 'the CSV file (comma, semicolon or tab separated)')
    .option('--tenant <id>', 'tenant to import into (default: the first tenant)')
    .option('--json', 'print the report as JSON')
    .action(async (kind: string, file: string, options: { tenant?: string; json?: boolean }) => {
      if (kind !== 'events' && kind !== 'shipments')
        throw new CliError(`the kind must be events or shipments, not "${kind}"`);
      const text = await readImportFile(file);
      if (kind === 'events') {
        const result = parseEventsCsv(text);
        refuseUnusable(file, 'events CSV', result);
        await withStore(async (store) => {
          const tenantId = await importTenant(store, options.tenant);
          reportOutcome(
            file,
            await ingestFile(store, { adapter: 'csv-events', tenantId, file, result }),
            options.json,
          );
        });
        return;
      }
      try {
        readShipmentsCsv(text);
      } catch (error) {
        throw new CliError(`${file} is not a usable shipments CSV: ${(error as Error).message}`);
      }
      await withStore(async (store) => {
        const tenantId = await importTenant(store, options.tenant);
        const report = await importShipmentsCsv(
          { store, detectCarrier: chooseCarrier, now: new Date() },
          tenantId,
          text,
        );
        if (report.created + report.existing === 0) {
          const first = report.rows[0];
          throw new CliError(
            `no row of ${file} is a valid shipment; nothing was stored${first ? `: line ${first.line}: ${first.message ?? ''}` : ''}`,
          );
        }
        printShipments(file, report, options.json);
      });
    });
}

function printShipments(file: string, report: ShipmentImportReport, json: boolean | undefined): void {
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(
    `imported ${file}: ${report.created} created, ${report.existing} already tracked, ${report.rejected} rejected`,
  );
  if (report.ignoredColumns.length > 0) console.log(`  columns ignored: ${report.ignoredColumns.join(', ')}`);
  for (const row of report.rows)
    if (row.outcome === 'rejected') console.log(`  line ${row.line}: ${row.message ?? 'rejected'}`);
}
