import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { ROLES, startServer } from '../../http/server.js';
import { CliError } from '../errors.js';

const SHUTDOWN_LIMIT_MS = 10_000;

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Run the API, the outbox relay and the carrier simulator')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .option('--no-simulator', 'do not run the built-in carrier simulator')
    .option(
      '--role <role>',
      'all (default); on PostgreSQL, api (HTTP and live pages) or worker (subscribers, poller, senders, sweeps)',
      'all',
    )
    .action(async (options: { port?: string; host?: string; simulator: boolean; role: string }) => {
      if (options.port !== undefined && !/^\d+$/.test(options.port)) {
        throw new CliError(`--port must be a number, got "${options.port}"`);
      }
      const role = ROLES.find((r) => r === options.role);
      if (!role) throw new CliError(`--role must be one of ${ROLES.join(', ')}, got "${options.role}"`);
      const config = loadConfig(process.env, {
        port: options.port === undefined ? undefined : Number(options.port),
        host: options.host,
        'simulator.enabled': options.simulator ? undefined : false,
      });
      const server = await startServer(config, { role });
      const base = server.url.replace('127.0.0.1', 'localhost');
      if (server.firstApiKey) {
        console.log(
          `\nFirst start: created a tenant and its API key (shown only now):\n\n  ${server.firstApiKey}\n`,
        );
      }
      if (server.setupUrl) {
        console.log(
          `Create the shop's owner account in the console (this link works once; a restart prints a new one):\n\n  ${server.setupUrl}\n`,
        );
      }
      if (role === 'worker') console.log(`Waybill worker is running (health and metrics at ${base})`);
      else
        console.log(
          `Waybill${role === 'api' ? ' api' : ''} is running at ${base}  (console: ${base}/app, API docs: ${base}/openapi.json)`,
        );
      if (server.intakeSmtp)
        console.log(
          `Forwarded shipping mail: SMTP on ${server.intakeSmtp.host}:${server.intakeSmtp.port} (addresses: waybill intake address)`,
        );
      if (config.simulator.enabled && role === 'all')
        console.log('The carrier simulator is moving parcels; try: npx waybill track --latest');
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          // Stopping finishes requests and batches in flight and releases leases and the SQLite
          // lock; if that takes over 10 s, or a second signal comes, leave at once (nothing
          // acknowledged is lost: it is committed, and unfinished work is retried by the next start).
          const force = () => {
            process.stderr.write('waybill: did not stop within 10 s; exiting now\n');
            process.exit(1);
          };
          const timer = setTimeout(force, SHUTDOWN_LIMIT_MS);
          timer.unref();
          process.once('SIGINT', force);
          process.once('SIGTERM', force);
          void server.close().then(() => {
            clearTimeout(timer);
            resolve();
          });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
