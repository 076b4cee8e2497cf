import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { generateHistory } from '../../carriers/simulator/history.js';
import { IngestPipeline } from '../../ingest/pipeline.js';
import { bootstrap } from '../../bootstrap.js';
import { findTenant } from '../../store/repositories/tenants.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('Fill the store with simulated parcels and their scans (demos, benchmarks)')
    .requiredOption('-n, --shipments <count>', 'how many shipments to create')
    .option('--seed <seed>', 'seed of the simulated world', '1')
    .option('--tenant <id>', 'tenant to fill (default: the first tenant)')
    .action(async (options: { shipments: string; seed: string; tenant?: string }) => {
      const count = /^\d+$/.test(options.shipments) ? Number(options.shipments) : Number.NaN;
      if (!Number.isInteger(count) || count < 1 || count > 10_000_000) {
        throw new CliError(
          `--shipments must be a whole number from 1 to 10000000, got "${options.shipments}"`,
        );
      }
      const seed = /^-?\d+$/.test(options.seed) ? Number(options.seed) : Number.NaN;
      if (!Number.isSafeInteger(seed))
        throw new CliError(`--seed must be a whole number, got "${options.seed}"`);
      await withStore(async (store) => {
        if (options.tenant !== undefined && !(await findTenant(store.db, options.tenant))) {
          throw new CliError(`no tenant with id ${options.tenant}`);
        }
        const tenantId = options.tenant ?? (await bootstrap(store, new Date())).tenant.id;
        const pipeline = new IngestPipeline(store);
        const bar = new cliProgress.SingleBar(
          {
            format: 'simulating {bar} {value}/{total} shipments | {events} scans | {eta_formatted} left',
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        );
        const seen = new Set<string>();
        let events = 0;
        bar.start(count, 0, { events });
        try {
          for (const batch of generateHistory({
            seed,
            shipments: count,
            now: new Date().toISOString(),
            tenantId,
            batchSize: 2000,
          })) {
            const result = await pipeline.ingest(batch);
            if (result.rejected.length > 0) {
              throw new CliError(
                `the simulator produced an invalid scan: ${JSON.stringify(result.rejected[0])}`,
              );
            }
            for (const item of batch) seen.add(item.trackingNumber);
            events += result.accepted;
            bar.update(Math.min(seen.size, count), { events });
          }
          bar.update(count, { events });
        } finally {
          // Never leave a half-drawn bar on the terminal, whatever happened.
          bar.stop();
        }
        console.log(`created ${count} shipments with ${events} scans in ${store.description}`);
      });
    });
}
