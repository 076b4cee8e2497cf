import { Agent, buildConnector } from 'undici';
import type { DestinationPolicy } from './destination-policy.js';
import { checkLiteralHost, DestinationRefusedError, guardedLookup } from './guarded-lookup.js';

/**
 * The undici Agent webhook deliveries go through: every new connection is checked by the SSRF
 * guard, literal IPs before connecting, names inside the socket's DNS lookup.
 */
export function guardedAgent(policy: DestinationPolicy, options: { connectTimeoutMs: number }): Agent {
  const connector = buildConnector({ lookup: guardedLookup(policy), timeout: options.connectTimeoutMs });
  return new Agent({
    connect: (connectOptions, callback) => {
      const verdict = checkLiteralHost(policy, connectOptions.hostname);
      if (!verdict.ok) {
        callback(
          new DestinationRefusedError(`${connectOptions.hostname} is refused: ${verdict.reason}`),
          null,
        );
        return;
      }
      connector(connectOptions, callback);
    },
  });
}
