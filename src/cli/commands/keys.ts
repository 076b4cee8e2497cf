import type { Command } from 'commander';
import { createApiKey, createTenant, findTenant, listTenants } from '../../store/repositories/tenants.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('Manage API keys');
  keys
    .command('create')
    .description('Create an API key (printed once; only its hash is stored)')
    .option('--tenant <id>', 'tenant the key belongs to (default: the only tenant)')
    .option('--new-tenant <name>', 'create a new tenant with this name and a key for it')
    .option('--label <text>', 'what the key is for', 'created with the CLI')
    .action(async (options: { tenant?: string; newTenant?: string; label: string }) => {
      await withStore(async (store) => {
        const now = new Date();
        let tenantId = options.tenant;
        if (options.newTenant !== undefined) {
          if (options.newTenant.trim() === '') throw new CliError('--new-tenant needs a name');
          tenantId = (await createTenant(store.db, options.newTenant.trim(), now)).id;
        } else if (tenantId !== undefined) {
          if (!(await findTenant(store.db, tenantId))) throw new CliError(`no tenant with id ${tenantId}`);
        } else {
          const tenants = await listTenants(store.db);
          if (tenants.length === 0) tenantId = (await createTenant(store.db, 'My shop', now)).id;
          else if (tenants.length === 1) tenantId = tenants[0]?.id;
          else
            throw new CliError(
              `several tenants exist; choose one with --tenant (${tenants.map((t) => t.id).join(', ')})`,
            );
        }
        const created = await createApiKey(store.db, tenantId as string, options.label, now);
        console.log(created.key);
        console.error(`tenant ${created.tenantId}; the key is shown only now`);
      });
    });
}
