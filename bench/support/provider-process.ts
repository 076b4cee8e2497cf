import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type ToStandIns = { type: 'cpu' };
export type FromStandIns =
  | { type: 'ready'; smtpUrl: string; twilioBaseUrl: string }
  | { type: 'arrivals'; arrivals: { number: string; at: number; bytes: number }[] }
  | { type: 'cpu'; usage: NodeJS.CpuUsage };

export interface ProviderStandIns {
  readonly smtpUrl: string;
  readonly twilioBaseUrl: string;
  /** First arrival per tracking number, in ms on the machine's clock (timeOrigin + now()). */
  readonly arrivals: Map<string, number>;
  /** Bytes the providers received per tracking number (SMTP DATA, the text's body), first arrival. */
  readonly bytes: Map<string, number>;
  /** The latest arrival of any request. */
  lastArrival(): number;
  /** CPU time the stand-ins' process has used so far. */
  cpuUsage(): Promise<NodeJS.CpuUsage>;
  /** Forget the arrivals (between runs). */
  reset(): void;
  close(): Promise<void>;
}

/** Starts provider-stand-ins.ts in a child process and collects what it reports. */
export async function startProviderStandIns(): Promise<ProviderStandIns> {
  // Compiled with the bench (npm run bench:notify), or TypeScript through tsx.
  const compiled = import.meta.url.endsWith('.js');
  const script = new URL(`./provider-stand-ins.${compiled ? 'js' : 'ts'}`, import.meta.url);
  const child = fork(fileURLToPath(script), {
    execArgv: compiled ? [] : ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const arrivals = new Map<string, number>();
  const bytes = new Map<string, number>();
  let last = 0;
  let cpuWaiter: ((usage: NodeJS.CpuUsage) => void) | undefined;
  const ready = new Promise<{ smtpUrl: string; twilioBaseUrl: string }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`provider stand-ins exited (${code})`)));
    child.on('message', (message: FromStandIns) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'cpu') cpuWaiter?.(message.usage);
      else
        for (const { number, at, bytes: size } of message.arrivals) {
          if (!arrivals.has(number)) {
            arrivals.set(number, at);
            bytes.set(number, size);
          }
          last = Math.max(last, at);
        }
    });
  });
  const { smtpUrl, twilioBaseUrl } = await ready;
  return {
    smtpUrl,
    twilioBaseUrl,
    arrivals,
    bytes,
    lastArrival: () => last,
    cpuUsage: () =>
      new Promise((resolve) => {
        cpuWaiter = resolve;
        child.send({ type: 'cpu' } satisfies ToStandIns);
      }),
    reset: () => {
      arrivals.clear();
      bytes.clear();
      last = 0;
    },
    close: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
