import pg from 'pg';

/**
 * Every transaction that writes outbox messages on PostgreSQL sends this notification (see
 * appendToOutbox), with its schema as the payload, so that relays on other nodes wake at the
 * commit instead of at their next poll. One channel for every schema: a channel name is an
 * identifier of at most 63 bytes, a schema name alone may be that long.
 */
export const OUTBOX_CHANNEL = 'waybill_outbox';

export interface CommitListener {
  /** Whether the LISTEN connection is up now (a relay polls more often while it is not). */
  readonly connected: boolean;
  /** The server process of the LISTEN connection while it is up (pg_stat_activity's pid). */
  readonly backendPid: number | undefined;
  close(): Promise<void>;
}

const RETRY_MS = [250, 500, 1_000, 2_000, 5_000];

/**
 * Calls `onCommit` whenever a transaction commits outbox messages in the schema this URL's
 * connections use. Keeps one connection of its own, apart from the pool (a LISTEN holds its
 * connection for good), and opens it again after it drops; `onCommit` also runs on each
 * (re)connect, since commits made while it was down were not heard.
 */
export function listenForOutboxCommits(
  connectionString: string,
  onCommit: () => void,
  onError: (error: unknown) => void = () => undefined,
): CommitListener {
  let client: pg.Client | undefined;
  let connected = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    client = next;
    next.on('error', (error) => dropped(next, error));
    next.on('end', () => dropped(next, undefined));
    try {
      await next.connect();
      const { rows } = await next.query<{ schema: string }>('select current_schema() as schema');
      const schema = rows[0]?.schema;
      next.on('notification', (message) => {
        if (message.channel === OUTBOX_CHANNEL && message.payload === schema) onCommit();
      });
      await next.query(`listen ${OUTBOX_CHANNEL}`);
      if (closed) return void (await next.end().catch(() => undefined));
      connected = true;
      failures = 0;
      onCommit();
    } catch (error) {
      dropped(next, error);
    }
  };

  const dropped = (which: pg.Client, error: unknown): void => {
    if (which !== client) return;
    client = undefined;
    connected = false;
    which.removeAllListeners('notification');
    void which.end().catch(() => undefined);
    if (closed) return;
    if (error !== undefined) onError(error);
    const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 5_000;
    failures += 1;
    retry = setTimeout(() => void connect(), wait);
    retry.unref();
  };

  void connect();
  return {
    get connected() {
      return connected;
    },
    get backendPid() {
      return connected ? (client as { processID?: number } | undefined)?.processID : undefined;
    },
    async close() {
      closed = true;
      connected = false;
      if (retry) clearTimeout(retry);
      const last = client;
      client = undefined;
      if (last) await last.end().catch(() => undefined);
    },
  };
}
