import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EventLoopUtilization } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { ChannelId, SendResult } from '../channel.js';
import { channelsOff } from '../channels.js';
import type { Delivery } from '../delivery.js';
import type { RenderInput } from '../render.js';
import type { DeliveryWorkerData, FromDelivery, ToDelivery } from './messages.js';

// Built code runs the compiled worker; tests and benches run the TypeScript source, which the
// thread loads through tsx's loader (Node 20 does not apply `--import` in a worker's execArgv).
const extension = extname(fileURLToPath(import.meta.url));
const WORKER_URL = new URL(`./delivery-worker${extension}`, import.meta.url);
const STOP_GRACE_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

function newWorker(data: DeliveryWorkerData): Worker {
  if (extension !== '.ts') return new Worker(WORKER_URL, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

interface Pending {
  readonly message: ToDelivery & { type: 'send' };
  /** Handed to the current worker (false while between two lives of the thread). */
  posted: boolean;
  readonly deadline: number;
  resolve(result: SendResult): void;
  reject(error: Error): void;
}

/**
 * Rendering and the SMTP, Twilio and push clients on a worker thread: they are most of a
 * message's CPU, and there they no longer queue behind ingest, the relay and the sender's own
 * bookkeeping, which stay on the main thread with the only writer of the queue. A send that was
 * under way when the thread died fails like any other; its claim runs out and the message goes
 * again with the same idempotency key. The thread is started again at once if it had been
 * running, with doubling delays if it never came up; sends asked for meanwhile wait for it. A
 * send unanswered within the claim's time fails too: by then the message is someone else's.
 */
export class DeliveryThread implements Delivery {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly off: ReadonlyMap<ChannelId, string>;
  private readonly answerWithinMs: number;
  private nextId = 0;
  private started = false;
  private stopping = false;
  private failedStarts = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly data: DeliveryWorkerData,
    private readonly logger?: Logger,
  ) {
    this.off = channelsOff(data.config);
    this.answerWithinMs = data.config.notify.sender.claimMs;
  }

  /** Starts the thread; until then (and after `close`) nothing runs. */
  start(): void {
    if (this.started || this.stopping) return;
    this.started = true;
    this.sweepTimer = setInterval(() => this.failOverdue(), Math.min(1000, this.answerWithinMs));
    this.sweepTimer.unref();
    this.spawn();
  }

  offReason(channel: ChannelId): string | undefined {
    return this.off.get(channel);
  }

  send(channel: ChannelId, input: RenderInput): Promise<SendResult> {
    if (!this.started || this.stopping)
      return Promise.reject(new Error('the delivery thread is not running'));
    const id = this.nextId++;
    return new Promise<SendResult>((resolve, reject) => {
      const entry: Pending = {
        message: { type: 'send', id, channel, input },
        posted: false,
        deadline: Date.now() + this.answerWithinMs,
        resolve,
        reject,
      };
      this.pending.set(id, entry);
      if (this.worker) this.post(this.worker, entry);
    });
  }

  /** How busy the thread's event loop has been since it started (benches, metrics). */
  eventLoopUtilization(): EventLoopUtilization | undefined {
    return this.worker?.performance.eventLoopUtilization();
  }

  async close(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    const worker = this.worker;
    if (!worker) return this.failAll(new Error('the delivery thread was closed'));
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'stop' } satisfies ToDelivery);
    const grace = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
    await exited;
    clearTimeout(grace);
  }

  private post(worker: Worker, entry: Pending): void {
    try {
      worker.postMessage(entry.message);
      entry.posted = true;
    } catch (error) {
      // A value that cannot be copied to the thread: this send fails, nothing else does.
      this.pending.delete(entry.message.id);
      entry.reject(error as Error);
    }
  }

  private failAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }

  private failOverdue(): void {
    const now = Date.now();
    for (const [id, entry] of this.pending)
      if (entry.deadline <= now) {
        this.pending.delete(id);
        entry.reject(new Error(`no answer from the delivery thread within ${this.answerWithinMs} ms`));
      }
  }

  private spawn(): void {
    const worker = newWorker(this.data);
    this.worker = worker;
    // Sends asked for while the thread was down go to this one (it buffers them until it runs).
    for (const entry of this.pending.values()) if (!entry.posted) this.post(worker, entry);
    let ran = false;
    worker.on('message', (message: FromDelivery) => {
      if (message.type === 'ready') {
        ran = true;
        this.failedStarts = 0;
        return;
      }
      const entry = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'sent') entry?.resolve(message.result);
      else entry?.reject(new Error(message.error));
    });
    worker.on('messageerror', (error) =>
      // The answer is lost; its send fails when its time runs out.
      this.logger?.error({ err: error, scope: 'notify' }, 'unreadable answer from the delivery thread'),
    );
    worker.on('error', (error) =>
      this.logger?.error({ err: error, scope: 'notify' }, 'delivery thread crashed'),
    );
    worker.on('exit', () => {
      this.worker = undefined;
      for (const [id, entry] of this.pending) {
        if (!entry.posted) continue;
        if (!ran) {
          entry.posted = false; // a thread that never ran sent nothing: the next one takes it
          continue;
        }
        // What a running thread held fails: it may have gone out, and goes again with its key.
        this.pending.delete(id);
        entry.reject(new Error('the delivery thread ended'));
      }
      if (this.stopping) return this.failAll(new Error('the delivery thread was closed'));
      const delay = ran ? 0 : Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** this.failedStarts++);
      this.logger?.warn({ scope: 'notify', restartInMs: delay }, 'delivery thread ended; starting it again');
      this.restartTimer = setTimeout(() => this.spawn(), delay);
      this.restartTimer.unref();
    });
  }
}
