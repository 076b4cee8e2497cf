import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/main.js';
import { CONFIG_ENV_NAMES } from '../../src/config/config.js';
import { ROLES } from '../../src/http/server.js';
import { testApp } from '../helpers/app.js';

// No Docker daemon runs where the tests run, so the Dockerfile and compose.yaml are checked
// against the code instead: every command, flag, variable, path and script they name is real.

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The final stage: what the image runs. */
function finalStage(all: Instruction[]): Instruction[] {
  const lastFrom = all.map((i) => i.keyword).lastIndexOf('FROM');
  return all.slice(lastFrom);
}

const execForm = (args: string) => JSON.parse(args) as string[];

/** Throws unless `argv` (after `node bin/waybill.js`) is a command with options the CLI has. */
function checkCliArgs(argv: readonly string[]): void {
  const [name, ...rest] = argv;
  const command = createProgram().commands.find((c: Command) => c.name() === name);
  if (!command) throw new Error(`waybill has no command "${name}"`);
  for (let i = 0; i < rest.length; i += 1) {
    const flag = rest[i] as string;
    const option = command.options.find((o) => o.long === flag || o.short === flag);
    if (!option) throw new Error(`waybill ${name} has no option ${flag}`);
    if (option.required || option.optional) {
      const value = rest[(i += 1)];
      if (flag === '--role' && !ROLES.includes(value as (typeof ROLES)[number]))
        throw new Error(`--role ${value} is no role`);
    }
  }
}

describe('Dockerfile', () => {
  const all = instructions(read('Dockerfile'));
  const last = finalStage(all);

  it('builds in one stage with the README install command and runs in another as a user who is not root', () => {
    expect(all.filter((i) => i.keyword === 'FROM').length).toBeGreaterThanOrEqual(2);
    const build = all.slice(0, all.length - last.length);
    expect(build.some((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args))).toBe(true);
    const user = last.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    // The final stage installs nothing itself: it copies the built stage's output.
    expect(last.some((i) => i.keyword === 'RUN' && /\bnpm (ci|install)\b/.test(i.args))).toBe(false);
  });

  it("uses the Node.js major version package.json's engines asks for", () => {
    const major = /(\d+)/.exec(pkg.engines.node)?.[1];
    for (const from of all.filter((i) => i.keyword === 'FROM'))
      expect(from.args).toMatch(new RegExp(`^node:${major}[.-]`));
  });

  it('runs what `npm start` runs after its build, through the real bin script and a real command', () => {
    const entrypoint = execForm(last.find((i) => i.keyword === 'ENTRYPOINT')!.args);
    const cmd = execForm(last.find((i) => i.keyword === 'CMD')!.args);
    const start = pkg.scripts.start!.split('&&').map((part) => part.trim());
    expect(start[0]).toBe('npm run build');
    // `exec` hands npm's signals to the server (SIGTERM stops it); the image's exec form is that already.
    expect(start[1]).toMatch(/^exec /);
    expect([...entrypoint, ...cmd].join(' ')).toBe(start[1]!.replace(/^exec /, ''));
    expect(existsSync(join(ROOT, entrypoint[1]!))).toBe(true);
    checkCliArgs(cmd);
  });

  it('copies only files that exist and that .dockerignore lets through', () => {
    const ignored = read('.dockerignore').split('\n').filter(Boolean);
    const sources = all
      .filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from'))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), source).toBe(true);
      expect(ignored, source).not.toContain(source);
    }
  });

  it('sets only variables the configuration reads, and checks health on a route that answers', async () => {
    const env = last
      .filter((i) => i.keyword === 'ENV')
      .flatMap((i) => [...i.args.matchAll(/([A-Z_]+)=/g)].map((m) => m[1] as string));
    expect(env.length).toBeGreaterThan(0);
    for (const name of env.filter((n) => n !== 'NODE_ENV')) expect(CONFIG_ENV_NAMES).toContain(name);
    const health = last.find((i) => i.keyword === 'HEALTHCHECK')!.args;
    const path = /'(\/[a-z]+)'/.exec(health)?.[1];
    expect(path).toBeDefined();
    const t = await testApp('sqlite');
    try {
      expect((await t.app.inject(path!)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('compose.yaml', () => {
  interface Service {
    command?: string[];
    environment?: Record<string, string>;
    depends_on?: Record<string, { condition: string }>;
    build?: string;
    image?: string;
  }
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
  const services = Object.entries(compose.services);
  const waybill = services.filter(([, s]) => s.build === '.');
  const roleOf = (s: Service) => s.command?.[s.command.indexOf('--role') + 1];

  it('runs PostgreSQL, two api nodes, one worker and an SMTP catcher', () => {
    expect(waybill.filter(([, s]) => roleOf(s) === 'api')).toHaveLength(2);
    expect(waybill.filter(([, s]) => roleOf(s) === 'worker')).toHaveLength(1);
    expect(services.some(([, s]) => s.image?.startsWith('postgres:'))).toBe(true);
    const smtp = new URL(waybill[0]![1].environment!.SMTP_URL!);
    expect(compose.services[smtp.hostname]).toBeDefined();
  });

  it('gives every Waybill node a real command, known variables and PostgreSQL', () => {
    for (const [name, service] of waybill) {
      expect(service.command, name).toBeDefined();
      checkCliArgs(service.command!);
      for (const variable of Object.keys(service.environment ?? {}))
        expect(CONFIG_ENV_NAMES, `${name}: ${variable}`).toContain(variable);
      const db = new URL(service.environment!.DATABASE_URL!);
      expect(db.protocol).toBe('postgres:');
      expect(compose.services[db.hostname], name).toBeDefined();
    }
  });

  it('starts one node on the empty database first, the others once it is healthy', () => {
    const first = waybill.filter(
      ([, s]) =>
        !Object.keys(s.depends_on ?? {}).some(
          (d) => d in compose.services && compose.services[d]!.build === '.',
        ),
    );
    expect(first).toHaveLength(1);
    for (const [name, service] of waybill) {
      if (name === first[0]![0]) continue;
      expect(service.depends_on?.[first[0]![0]]?.condition, name).toBe('service_healthy');
    }
  });
});
