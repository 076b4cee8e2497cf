import { integerBetween, type Random } from '../../src/carriers/simulator/random.js';
import type { Batch } from './batches.js';
import type { ServerProcess } from './server-process.js';

/** What the client saw for one batch. */
export type Outcome = { kind: 'answered'; status: number } | { kind: 'cut_off'; error: string };

const CONCURRENT_REQUESTS = 4;
/** Bounds each client's loop in a round, in case the kill never comes. */
const MAX_BATCHES_PER_CLIENT = 60;
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * One round: a few clients post batches back to back; after a random number of sends and
 * answers, plus a random few milliseconds, the server is killed with requests in flight.
 * Resolves once the server is gone and every client has its outcome.
 */
export async function sendUntilKilled(
  server: ServerProcess,
  rng: Random,
  nextBatch: () => Batch,
  outcomes: Map<number, Outcome>,
): Promise<void> {
  const killAtStep = integerBetween(rng, 10, 60);
  const jitterMs = integerBetween(rng, 0, 40);
  let steps = 0;
  let killing: Promise<void> | undefined;
  // Clients keep sending until the kill itself, so requests are in flight when it lands (had they
  // stopped at the decision, fast answers could all finish within the jitter and none be cut off).
  let killed = false;
  const step = () => {
    steps += 1;
    if (steps === killAtStep)
      killing = new Promise<void>((resolve) => setTimeout(resolve, jitterMs)).then(() => {
        killed = true;
        return server.kill();
      });
  };
  const client = async () => {
    for (let sent = 0; !killed && sent < MAX_BATCHES_PER_CLIENT; sent += 1) {
      const batch = nextBatch();
      const answer = post(server, batch);
      step();
      outcomes.set(batch.index, await answer);
      step();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_REQUESTS }, client));
  await (killing ?? server.kill());
}

async function post(server: ServerProcess, batch: Batch): Promise<Outcome> {
  try {
    const response = await fetch(`${server.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: batch.events }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    // The status line is sent only after the commit; a body cut short afterwards changes nothing.
    await response.arrayBuffer().catch(() => undefined);
    return { kind: 'answered', status: response.status };
  } catch (error) {
    return { kind: 'cut_off', error: error instanceof Error ? error.message : String(error) };
  }
}
