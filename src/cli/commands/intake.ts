import type { Command } from 'commander';
import { intakeAddress } from '../../intake/intake-address.js';
import { withStore } from '../context.js';
import { chosenTenant } from './keys.js';

export function registerIntake(program: Command): void {
  const intake = program.command('intake').description('The mail intake for forwarded shipping emails');
  intake
    .command('address')
    .description("Print the tenant's intake address (made on first use): forward shipping emails to it")
    .option('--tenant <id>', 'the tenant (default: the only tenant)')
    .action(async (options: { tenant?: string }) => {
      await withStore(async (store, config) => {
        const tenantId = await chosenTenant(store, options.tenant);
        const { domain, smtpEnabled } = config.shops.intake;
        console.log(await intakeAddress(store.db, tenantId, domain));
        console.error(
          `tenant ${tenantId}; ${
            smtpEnabled
              ? 'the SMTP listener takes mail for it'
              : 'the SMTP listener is off (INTAKE_SMTP_ENABLED): post mail to POST /v1/intake/email'
          }`,
        );
      });
    });
}
