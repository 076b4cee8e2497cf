import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CHILD_SCRIPT = fileURLToPath(new URL('./webhooks-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const live = new Set<ChildProcess>();

/** Config for child servers in tests: webhooks sent fast, to a receiver on loopback. */
export const FAST_WEBHOOKS_CONFIG = {
  'webhooks.allowedDestinations': ['127.0.0.1'],
  'webhooks.pollIntervalMs': 50,
  'webhooks.claimMs': 2_000,
  'webhooks.requestTimeoutMs': 1_500,
  'webhooks.concurrency': 4,
  'webhooks.retry.baseDelayMs': 50,
  'webhooks.retry.maxDelayMs': 200,
};

export interface WebhooksServer {
  readonly url: string;
  readonly apiKey: string;
  /** SIGKILL, then wait until the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a graceful stop), then wait until the process is gone: its exit code, and how long. */
  stop(): Promise<{ code: number | null; ms: number }>;
  /** The last lines it logged (warnings and errors, stdout and stderr), for a failure's message. */
  logTail(): string;
}

/** Starts webhooks-child.ts and resolves once it prints its URL and key. */
export async function startWebhooksServer(
  databaseUrl: string,
  overrides: Record<string, unknown>,
  role: 'all' | 'api' | 'worker' = 'all',
): Promise<WebhooksServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      WEBHOOKS_CHILD_DATABASE_URL: databaseUrl,
      WEBHOOKS_CHILD_CONFIG: JSON.stringify(overrides),
      WEBHOOKS_CHILD_ROLE: role,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(child);
  const exited = once(child, 'close').then(([code]) => {
    live.delete(child);
    return code as number | null;
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let logged = '';
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  try {
    const lines = createInterface({ input: child.stdout! });
    const line = await Promise.race([
      (async () => {
        for await (const text of lines) if (text.trim()) return text;
        throw new Error('closed stdout');
      })(),
      exited.then(() => {
        throw new Error('exited before listening');
      }),
    ]);
    lines.close();
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      logged = (logged + chunk).slice(-4000);
    });
    const ready = JSON.parse(line) as { url: string; apiKey: string };
    const stop = async () => {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      return { code, ms: Date.now() - started };
    };
    return { url: ready.url, apiKey: ready.apiKey, kill, stop, logTail: () => `${logged}${stderr}` };
  } catch (error) {
    await kill();
    throw new Error(`webhooks child did not start: ${(error as Error).message}; stderr: ${stderr}`, {
      cause: error,
    });
  }
}

export async function killAllWebhooksServers(): Promise<void> {
  await Promise.all(
    [...live].map(async (child) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await once(child, 'close');
    }),
  );
}
