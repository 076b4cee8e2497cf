import type { Command } from 'commander';
import { limitsFor, ROUTE_CLASSES, type RouteClass } from '../../http/rate-limits/policy.js';
import type { Store } from '../../store/open-store.js';
import {
  createApiKey,
  createTenant,
  findTenant,
  listTenants,
  saveTenantSetting,
  tenantSettings,
} from '../../store/repositories/tenants.js';
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

  keys
    .command('limits')
    .description("Show or set a tenant's request limits per API key and minute (0: no limit)")
    .option('--tenant <id>', 'the tenant (default: the only tenant)')
    .option('--reads <n>', 'GET requests per key and minute')
    .option('--writes <n>', 'POST, PUT and DELETE requests per key and minute')
    .option('--imports <n>', 'imports (EDI, CSV, EPCIS) per key and minute')
    .option('--reset', "drop the tenant's own limits: the server's defaults apply")
    .action(async (options: LimitOptions) => {
      await withStore(async (store, config) => {
        const tenantId = await chosenTenant(store, options.tenant);
        const settings = await tenantSettings(store.db, tenantId);
        const given = ROUTE_CLASSES.filter((cls) => options[cls] !== undefined);
        if (options.reset && given.length > 0)
          throw new CliError('--reset takes no --reads, --writes or --imports');
        if (options.reset) await saveTenantSetting(store.db, tenantId, 'apiLimits', {});
        else if (given.length > 0) {
          const own = { ...(ownLimits(settings) ?? {}) };
          for (const cls of given) own[`${cls}PerMinute`] = perMinute(cls, options[cls] as string);
          await saveTenantSetting(store.db, tenantId, 'apiLimits', own);
        }
        const { readsPerMinute: reads, writesPerMinute: writes, importsPerMinute: imports } = config.api;
        const now = await tenantSettings(store.db, tenantId);
        const limits = limitsFor({ reads, writes, imports }, now);
        const own = ownLimits(now) ?? {};
        for (const cls of ROUTE_CLASSES) {
          const source = own[`${cls}PerMinute`] === limits[cls] ? 'this tenant' : 'server default';
          console.log(`${cls.padEnd(8)}${limits[cls] === 0 ? 'no limit' : `${limits[cls]}/min`} (${source})`);
        }
        console.error(`tenant ${tenantId}; every node applies a change within 5 s`);
      });
    });
}

type LimitOptions = { tenant?: string; reset?: boolean } & Partial<Record<RouteClass, string>>;

/** The tenant `--tenant` names, or the only one. */
export async function chosenTenant(store: Store, id: string | undefined): Promise<string> {
  if (id !== undefined) {
    if (!(await findTenant(store.db, id))) throw new CliError(`no tenant with id ${id}`);
    return id;
  }
  const tenants = await listTenants(store.db);
  if (tenants.length === 1 && tenants[0]) return tenants[0].id;
  if (tenants.length === 0) throw new CliError('no tenant yet; `waybill keys create` makes one');
  throw new CliError(
    `several tenants exist; choose one with --tenant (${tenants.map((t) => t.id).join(', ')})`,
  );
}

function ownLimits(settings: Record<string, unknown>): Record<string, unknown> | undefined {
  const own = settings['apiLimits'];
  return own !== null && typeof own === 'object' && !Array.isArray(own)
    ? (own as Record<string, unknown>)
    : undefined;
}

function perMinute(cls: RouteClass, text: string): number {
  if (!/^\d{1,8}$/.test(text.trim()))
    throw new CliError(
      `--${cls} must be a whole number of requests per minute (0 for no limit), not "${text}"`,
    );
  return Number(text.trim());
}
