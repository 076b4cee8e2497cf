import type { Command } from 'commander';
import { createPasswordReset } from '../../console/auth/reset.js';
import { mintLink } from '../../console/auth/tokens.js';
import { findUserByEmail, normalizeEmail } from '../../console/auth/users.js';
import { setupLinkIfNeeded } from '../../console/setup-link.js';
import { listTenants } from '../../store/repositories/tenants.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';

/**
 * One-time console links from the command line, for a server that sends no email: the first
 * owner's set-up link, or a password reset for someone locked out.
 */
export function registerConsoleLink(program: Command): void {
  program
    .command('console-link')
    .description('Print a one-time console link: the owner set-up link, or a password reset (--reset EMAIL)')
    .option('--reset <email>', 'a password-reset link for this person')
    .action(async (options: { reset?: string }) => {
      await withStore(async (store, config) => {
        const now = new Date();
        const base = config.publicBaseUrl.replace(/\/+$/, '');
        if (options.reset !== undefined) {
          const user = await findUserByEmail(store.db, normalizeEmail(options.reset));
          if (!user) throw new CliError(`no console user has the email address ${options.reset}`);
          if (user.disabledAt !== null)
            throw new CliError(`${user.email} is switched off; an owner can switch it on`);
          const secret = await store.db.transaction().execute(async (trx) => {
            const id = await createPasswordReset(
              trx,
              {
                user,
                validMinutes: config.console.resetMinutes,
                actor: { userId: null, label: 'cli', ip: null },
                action: 'password_reset.sent',
              },
              now,
            );
            return mintLink(trx, id, now);
          });
          console.log(`${base}/app/reset/${secret}`);
          console.error(`works once, for ${config.console.resetMinutes} minutes`);
          return;
        }
        const tenants = await listTenants(store.db);
        const tenant = tenants[0];
        if (!tenant) throw new CliError('the store has no shop yet: run `waybill serve` once first');
        if (tenants.length > 1)
          throw new CliError('several shops exist; the set-up link is for the first start of a single shop');
        const link = await setupLinkIfNeeded(
          store,
          { tenantId: tenant.id, publicBaseUrl: config.publicBaseUrl, validHours: config.console.setupHours },
          now,
        );
        if (!link)
          throw new CliError(
            `the shop already has people who can sign in at ${base}/app; for a lost password use --reset EMAIL`,
          );
        console.log(link);
        console.error('works once; creates the shop owner');
      });
    });
}
