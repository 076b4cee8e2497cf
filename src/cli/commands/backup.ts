import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { BackupRefused, backupSqlite } from '../../store/backup.js';
import { isPostgresUrl } from '../../store/open-store.js';
import { CliError } from '../errors.js';

/** `waybill backup <file>`: an online, checked copy of the SQLite database. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      'Copy the SQLite database to a new file while the server runs (PostgreSQL: see docs/operations.md)',
    )
    .argument('<file>', 'where to write the copy; must not exist yet')
    .action(async (file: string) => {
      const config = loadConfig();
      if (isPostgresUrl(config.databaseUrl))
        throw new CliError(
          'waybill backup copies SQLite databases; for PostgreSQL use pg_dump or a base backup (docs/operations.md, Backups)',
        );
      const source = config.databaseUrl.startsWith('sqlite:')
        ? config.databaseUrl.slice('sqlite:'.length)
        : config.databaseUrl;
      if (source === ':memory:')
        throw new CliError('DATABASE_URL names an in-memory database: there is nothing to back up');
      try {
        const { pages, bytes } = await backupSqlite(source, file);
        console.log(
          `backed up ${source} to ${file}: ${pages} pages, ${(bytes / 1_048_576).toFixed(1)} MB, integrity ok`,
        );
      } catch (error) {
        if (error instanceof BackupRefused) throw new CliError(error.message);
        throw new CliError(`backup failed, nothing written: ${(error as Error).message}`);
      }
    });
}
