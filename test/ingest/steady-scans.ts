const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SteadyScans {
  /** Tracking numbers whose scan an api node answered 200 for. */
  readonly acknowledged: string[];
  /** Answers other than 200, and scans no node took after 100 tries. */
  readonly failed: string[];
  /** Connections refused, dropped or silent, each followed by a try at the other node. */
  readonly retried: () => number;
  /** Stops sending and waits for the scans in flight. */
  stop(): Promise<void>;
}

/**
 * Two clients posting one new parcel's scan after another to two api nodes, as a client that
 * retries refused connections would: a refused, dropped or silent connection goes to the other
 * node (ingest is idempotent, so sending again is safe).
 */
export function steadyScans(ports: readonly [number, number], apiKey: string, prefix: string): SteadyScans {
  const acknowledged: string[] = [];
  const failed: string[] = [];
  let retried = 0;
  let sending = true;
  let serial = 0;
  const post = async (number: string, first: number) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const port = ports[(first + attempt) % 2];
      try {
        const response = await fetch(`http://127.0.0.1:${port}/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            events: [
              {
                trackingNumber: number,
                carrier: 'ups',
                occurredAt: '2026-12-07T09:00:00+01:00',
                status: 'in_transit.picked_up',
                rawDescription: 'Picked up',
              },
            ],
          }),
          signal: AbortSignal.timeout(5_000),
        });
        await response.arrayBuffer();
        if (response.status === 200) acknowledged.push(number);
        else failed.push(`${number}: ${response.status}`);
        return;
      } catch {
        retried += 1;
        await sleep(20);
      }
    }
    failed.push(`${number}: no node answered`);
  };
  const client = async (first: number) => {
    while (sending) {
      serial += 1;
      await post(`${prefix}${String(serial).padStart(12, '0')}`, first);
      await sleep(5);
    }
  };
  const traffic = Promise.all([client(0), client(1)]);
  return {
    acknowledged,
    failed,
    retried: () => retried,
    stop: async () => {
      sending = false;
      await traffic;
    },
  };
}
