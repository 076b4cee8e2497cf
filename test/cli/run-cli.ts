import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs `waybill <args>` in this process, the way bin/waybill.js does, and captures what it prints:
 * console.log and process.stdout for standard output, console.error and process.stderr for errors.
 */
export async function runCli(...args: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const collect = (into: string[]) => (chunk: string | Uint8Array) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
      stdout.push(`${format(...parts)}\n`);
    }),
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
      stderr.push(`${format(...parts)}\n`);
    }),
    vi.spyOn(process.stdout, 'write').mockImplementation(collect(stdout) as typeof process.stdout.write),
    vi.spyOn(process.stderr, 'write').mockImplementation(collect(stderr) as typeof process.stderr.write),
  ];
  try {
    const code = await main(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** The lines of some output, without the trailing empty one. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '');
}

/** A spawned CLI compiles its TypeScript on start, which is slow on a busy machine. */
export const SPAWN_TIMEOUT_MS = 60_000;

/**
 * A copy of bin/waybill.js whose `../dist/cli/main.js` re-exports the TypeScript source, so the
 * real bin script runs as a real process (standard input, exit code) without a build of dist/.
 */
export interface BinScript {
  /** The script's path, for a test that spawns and steers the process itself (node --import tsx <bin>). */
  readonly bin: string;
  /** Runs `waybill <args>` with `stdin` as standard input (closed at once when not given). */
  run(args: readonly string[], options?: { stdin?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun>;
  dispose(): Promise<void>;
}

export async function binScript(): Promise<BinScript> {
  const dir = await mkdtemp(join(tmpdir(), 'waybill-bin-'));
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'dist', 'cli'), { recursive: true });
  await copyFile(join(ROOT, 'bin', 'waybill.js'), join(dir, 'bin', 'waybill.js'));
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  const source = pathToFileURL(join(ROOT, 'src', 'cli', 'main.ts')).href;
  await writeFile(join(dir, 'dist', 'cli', 'main.js'), `export * from ${JSON.stringify(source)};\n`);
  const bin = join(dir, 'bin', 'waybill.js');
  return {
    bin,
    run: (args, options = {}) =>
      new Promise((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], {
          cwd: ROOT,
          env: { ...process.env, ...options.env },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', fail);
        child.on('close', (code, signal) => {
          if (code === null) fail(new Error(`waybill ${args.join(' ')} ended by ${signal}`));
          else
            done({
              code,
              stdout: Buffer.concat(stdout).toString('utf8'),
              stderr: Buffer.concat(stderr).toString('utf8'),
            });
        });
        child.stdin.end(options.stdin ?? '');
      }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
