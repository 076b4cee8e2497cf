import type { Command } from 'commander';
import { parseX12 } from '../../carriers/x12-214/parse.js';
import { withStore } from '../context.js';
import { importTenant, ingestFile, readImportFile, refuseUnusable, reportOutcome } from './import-support.js';

export function registerImportEdi(program: Command): void {
  program
    .command('import-edi')
    .description('Import an ANSI X12 214 shipment status file')
    .argument('<file>', 'the X12 file (separators are read from its ISA)')
    .option('--tenant <id>', 'tenant to import into (default: the first tenant)')
    .option('--json', 'print the counts and problems as JSON')
    .action(async (file: string, options: { tenant?: string; json?: boolean }) => {
      const result = parseX12(await readImportFile(file));
      refuseUnusable(file, 'X12 214 file', result);
      await withStore(async (store) => {
        const tenantId = await importTenant(store, options.tenant);
        reportOutcome(
          file,
          await ingestFile(store, { adapter: 'x12-214', tenantId, file, result }),
          options.json,
        );
      });
    });
}
