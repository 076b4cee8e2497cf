import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.js';
import { WaybillError } from '../domain/errors.js';
import { registerAdd } from './commands/add.js';
import { registerBackup } from './commands/backup.js';
import { registerConsoleLink } from './commands/console-link.js';
import { registerDetect } from './commands/detect.js';
import { registerEtaEval } from './commands/eta-eval.js';
import { registerImportCsv } from './commands/import-csv.js';
import { registerImportEdi } from './commands/import-edi.js';
import { registerIntake } from './commands/intake.js';
import { registerKeys } from './commands/keys.js';
import { registerMigrate } from './commands/migrate.js';
import { registerServe } from './commands/serve.js';
import { registerShopify } from './commands/shopify.js';
import { registerWooCommerce } from './commands/woocommerce.js';
import { registerSimulate } from './commands/simulate.js';
import { registerTrack } from './commands/track.js';
import { CliError } from './errors.js';

export function createProgram(): Command {
  const program = new Command('waybill')
    .description('Self-hosted shipment tracking')
    .version(process.env.npm_package_version ?? '0.1.0')
    .exitOverride()
    // Commander's own complaints (unknown command or option, missing argument) in our one-line form.
    .configureOutput({
      outputError: (text, write) => write(`waybill: ${text.replace(/^error: /, '').trim()} (see --help)\n`),
    });
  registerServe(program);
  registerMigrate(program);
  registerBackup(program);
  registerTrack(program);
  registerAdd(program);
  registerKeys(program);
  registerConsoleLink(program);
  registerSimulate(program);
  registerDetect(program);
  registerEtaEval(program);
  registerImportEdi(program);
  registerImportCsv(program);
  registerIntake(program);
  registerShopify(program);
  registerWooCommerce(program);
  return program;
}

/** Runs the CLI; returns the exit code. Expected failures print one line to stderr. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (unknown option, missing argument, --help).
    return error.exitCode;
  }
  if (error instanceof CliError || error instanceof ConfigError || error instanceof WaybillError) {
    process.stderr.write(`waybill: ${error.message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`waybill: ${message.split('\n')[0]}\n`);
  return 1;
}
