import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { openStore } from '../../store/open-store.js';
import { migrateToLatest } from '../../store/migrate.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (serve does this too)')
    .action(async () => {
      const config = loadConfig();
      const store = await openStore(config.databaseUrl, { migrate: false });
      try {
        const { applied } = await migrateToLatest(store.db as never, store.caps, store.schema);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : `${store.description} is up to date`);
      } finally {
        await store.close();
      }
    });
}
