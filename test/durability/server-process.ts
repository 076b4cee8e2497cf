import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const CHILD_SCRIPT = fileURLToPath(new URL('./server-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  readonly url: string;
  readonly apiKey: string;
  readonly pid: number;
  /** SIGKILL, then wait until the process is gone and its output read. Safe to call twice. */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  readonly databaseUrl: string;
  readonly deliveryLog: string;
  readonly startTimeoutMs?: number;
}

/** Every child ever started, so a failing test can still kill them all in afterAll. */
const live = new Map<ChildProcess, Promise<void>>();

// On PostgreSQL, Kysely's migrator reads the catalog of every schema in the database; when another
// test drops its schema at that moment, start-up fails with "schema t_… does not exist". That
// failure (and only that one) is retried, as a supervisor would restart the process.
const FOREIGN_SCHEMA_RACE = /migration failed: schema "[^"]+" does not exist/;

/** Starts server-child.ts and resolves once it prints its URL and key. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      return await startOnce(options);
    } catch (error) {
      const message = (error as Error).message;
      if (!FOREIGN_SCHEMA_RACE.test(message)) throw error;
      failures.push(`attempt ${attempt}: ${message}`);
    }
  }
  throw new Error(`server child never came up:\n${failures.join('\n')}`);
}

async function startOnce(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DURABILITY_DATABASE_URL: options.databaseUrl,
      DURABILITY_DELIVERY_LOG: options.deliveryLog,
    },
    // stdin stays open: the child exits when it closes, so it never outlives the test process.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = once(child, 'close').then(() => {
    live.delete(child);
  });
  live.set(child, exited);
  let stderrTail = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
  });

  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };

  const timeoutMs = options.startTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const line = await Promise.race([
      firstLine(child),
      exited.then(() => {
        throw new Error(`server child exited before listening (code ${child.exitCode})`);
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`server child not listening after ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]);
    const ready = JSON.parse(line) as { url?: unknown; apiKey?: unknown };
    if (typeof ready.url !== 'string' || typeof ready.apiKey !== 'string')
      throw new Error(`server child printed an unexpected line: ${line}`);
    return { url: ready.url, apiKey: ready.apiKey, pid: child.pid ?? -1, kill };
  } catch (error) {
    await kill();
    // The child's own words say why it did not come up; they are complete once it has exited.
    throw new Error(`${(error as Error).message}; its stderr ended with: ${stderrTail}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** Kills every child still running. */
export async function killAllServerProcesses(): Promise<void> {
  await Promise.all(
    [...live].map(async ([child, exited]) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }),
  );
}

async function firstLine(child: ChildProcess): Promise<string> {
  if (!child.stdout) throw new Error('server child has no stdout');
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    if (line.trim().length > 0) {
      lines.close();
      // Anything printed later is drained, so a chatty child never blocks on a full pipe.
      child.stdout.resume();
      return line;
    }
  }
  throw new Error('server child closed stdout without printing its URL');
}
