import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { unwrap, WaybillProblem } from '../../client/index.js';
import { CliError } from '../errors.js';
import { askServer, connectionFailure, remoteFrom, type Remote } from '../remote.js';

interface AddOptions {
  carrier?: string;
  order?: string;
  server?: string;
  key?: string;
  idempotencyKey?: string;
  json?: boolean;
}

export function registerAdd(program: Command): void {
  program
    .command('add')
    .description('Register a shipment to track with a running Waybill (POST /v1/shipments)')
    .argument('<number>', 'tracking number, as printed')
    .option('--carrier <id>', 'carrier id (ups, dhl, custom…); detected from the number when left out')
    .option('--order <ref>', 'your order reference')
    .option('--server <url>', 'the Waybill to register with (or WAYBILL_URL)')
    .option('--key <key>', 'API key (better: WAYBILL_API_KEY, which other users cannot see)')
    .option(
      '--idempotency-key <key>',
      'makes running the command again safe: the server answers a repeat as it answered the first',
    )
    .option('--json', 'print the shipment as the API answers it')
    .action(async (number: string, options: AddOptions) => {
      const remote = remoteFrom(options);
      if (!remote)
        throw new CliError('add registers with a running Waybill: give --server <url> or set WAYBILL_URL');
      const { shipment, created } = await register(remote, number, options);
      if (options.json) console.log(JSON.stringify(shipment, null, 2));
      else
        console.log(
          `${created ? 'Registered' : 'Already tracked:'} ${shipment.trackingNumber} (${shipment.carrier}), ` +
            `shipment ${shipment.id}`,
        );
    });
}

/**
 * One POST /v1/shipments with an Idempotency-Key. A connection that breaks after the request may
 * have reached the server is tried once more with the same key, so the shipment is registered
 * once whatever happened to the first answer.
 */
async function register(remote: Remote, trackingNumber: string, options: AddOptions) {
  const headers = { 'idempotency-key': options.idempotencyKey ?? `waybill-cli-${randomUUID()}` };
  const body = {
    trackingNumber,
    ...(options.carrier === undefined ? {} : { carrier: options.carrier }),
    ...(options.order === undefined ? {} : { orderRef: options.order }),
  };
  const post = async () => {
    const answer = await remote.client.POST('/v1/shipments', { body, headers });
    return { shipment: await unwrap(Promise.resolve(answer)), created: answer.response.status === 201 };
  };
  return askServer(remote, async () => {
    try {
      return await post();
    } catch (error) {
      // The server's detail names its field ("carrier"); here it is an option.
      if (error instanceof WaybillProblem && /^carrier_(ambiguous|unknown)$/.test(error.code))
        throw new CliError(`${error.message} (give --carrier)`);
      const failure = connectionFailure(error);
      // Refused: nothing was sent, and trying again at once would be refused too.
      if (failure === undefined || failure === 'ECONNREFUSED') throw error;
      return post();
    }
  });
}
