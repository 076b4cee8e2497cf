import { readFileSync } from 'node:fs';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { API_ENV_KEYS, ApiConfig } from './sections/api.js';
import { CARRIERS_ENV_KEYS, CarriersConfig } from './sections/carriers.js';
import { CONSOLE_ENV_KEYS, ConsoleConfig } from './sections/console.js';
import { NOTIFY_ENV_KEYS, NotifyConfig } from './sections/notify.js';
import { ESTIMATES_ENV_KEYS, EstimatesConfig } from './sections/estimates.js';
import { PAGES_ENV_KEYS, PagesConfig } from './sections/pages.js';
import { PUSH_ENV_KEYS, PushConfig } from './sections/push.js';
import { SHOPS_ENV_KEYS, ShopsConfig } from './sections/shops.js';
import { WEBHOOKS_ENV_KEYS, WebhooksConfig } from './sections/webhooks.js';

const SimulatorConfig = Type.Object(
  {
    enabled: Type.Boolean({ default: true, description: 'Run the built-in carrier simulator in `serve`.' }),
    seed: Type.Integer({
      default: 1,
      description: 'Seed of the simulated world; the same seed replays the same parcels.',
    }),
    acceleration: Type.Number({
      minimum: 1,
      maximum: 1_000_000,
      default: 720,
      description: 'Simulated seconds per real second (720: a three-day journey takes six minutes).',
    }),
    shipmentsPerMinute: Type.Number({
      minimum: 0,
      maximum: 100_000,
      default: 6,
      description: 'New parcels per real minute.',
    }),
  },
  { additionalProperties: false, default: {} },
);

export const ConfigSchema = Type.Object(
  {
    port: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'HTTP port (env PORT).' }),
    host: Type.String({
      default: '127.0.0.1',
      description: 'Interface to listen on (env HOST); 0.0.0.0 for all.',
    }),
    databaseUrl: Type.String({
      minLength: 1,
      default: 'sqlite:./data/waybill.db',
      description: 'sqlite:<file> (default) or postgres://user@host/db (env DATABASE_URL).',
    }),
    logLevel: Type.Union(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
      { default: 'info', description: 'pino log level (env LOG_LEVEL).' },
    ),
    bodyLimitBytes: Type.Integer({
      minimum: 1024,
      default: 1_048_576,
      description: 'Largest request body accepted; larger gets 413 (env BODY_LIMIT_BYTES).',
    }),
    publicBaseUrl: Type.String({
      default: 'http://localhost:3000',
      description:
        'Base URL customers reach the server at, for links (env PUBLIC_BASE_URL; default http://localhost:<port>).',
    }),
    metricsToken: Type.Optional(
      Type.String({
        minLength: 16,
        description:
          'When set, GET /metrics needs "Authorization: Bearer <token>" (env METRICS_TOKEN); unset, it is open like /healthz.',
      }),
    ),
    outboxRetentionDays: Type.Integer({
      minimum: 1,
      default: 7,
      description:
        'Outbox messages every durable subscriber has handled are deleted this many days after they were written (env OUTBOX_RETENTION_DAYS).',
    }),
    simulator: SimulatorConfig,
    carriers: CarriersConfig,
    notify: NotifyConfig,
    pages: PagesConfig,
    estimates: EstimatesConfig,
    api: ApiConfig,
    shops: ShopsConfig,
    webhooks: WebhooksConfig,
    push: PushConfig,
    console: ConsoleConfig,
  },
  { additionalProperties: false },
);

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

// Environment variable → config path. Only these are read; everything else comes from the file.
const ENV_KEYS: Record<string, string[]> = {
  PORT: ['port'],
  HOST: ['host'],
  DATABASE_URL: ['databaseUrl'],
  LOG_LEVEL: ['logLevel'],
  BODY_LIMIT_BYTES: ['bodyLimitBytes'],
  PUBLIC_BASE_URL: ['publicBaseUrl'],
  METRICS_TOKEN: ['metricsToken'],
  OUTBOX_RETENTION_DAYS: ['outboxRetentionDays'],
  SIMULATOR: ['simulator', 'enabled'],
  SIMULATOR_SEED: ['simulator', 'seed'],
  SIMULATOR_ACCELERATION: ['simulator', 'acceleration'],
  SIMULATOR_SHIPMENTS_PER_MINUTE: ['simulator', 'shipmentsPerMinute'],
  ...prefixed('carriers', CARRIERS_ENV_KEYS),
  ...prefixed('notify', NOTIFY_ENV_KEYS),
  ...prefixed('pages', PAGES_ENV_KEYS),
  ...prefixed('estimates', ESTIMATES_ENV_KEYS),
  ...prefixed('api', API_ENV_KEYS),
  ...prefixed('shops', SHOPS_ENV_KEYS),
  ...prefixed('webhooks', WEBHOOKS_ENV_KEYS),
  ...prefixed('push', PUSH_ENV_KEYS),
  ...prefixed('console', CONSOLE_ENV_KEYS),
};

/** Every environment variable the configuration reads (for checks of deployment files). */
export const CONFIG_ENV_NAMES: readonly string[] = Object.keys(ENV_KEYS);

function prefixed(section: string, keys: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(keys).map(([name, path]) => [name, [section, ...path]]));
}

/**
 * Environment over the JSON file named by WAYBILL_CONFIG over defaults. Validated once; the error
 * names the bad key. The result is frozen.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, unknown> = {},
): Config {
  const fromFile = env.WAYBILL_CONFIG ? readConfigFile(env.WAYBILL_CONFIG) : {};
  const merged: Record<string, unknown> = structuredClone(fromFile);
  for (const [name, path] of Object.entries(ENV_KEYS)) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') setPath(merged, path, parseEnvValue(raw));
  }
  for (const [key, value] of Object.entries(overrides))
    if (value !== undefined) setPath(merged, key.split('.'), value);
  const publicUrlGiven = merged['publicBaseUrl'] !== undefined;
  const withDefaults = Value.Default(ConfigSchema, merged) as Record<string, unknown>;
  // Links sent to customers follow the port unless the public URL is set.
  if (!publicUrlGiven && typeof withDefaults['port'] === 'number') {
    withDefaults['publicBaseUrl'] = `http://localhost:${withDefaults['port']}`;
  }
  if (!Value.Check(ConfigSchema, withDefaults)) {
    const first = [...Value.Errors(ConfigSchema, withDefaults)][0];
    const key = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(root)';
    throw new ConfigError(
      `invalid configuration at "${key}": ${first?.message ?? 'does not match the schema'}`,
    );
  }
  refuseUnknownDatabase(String(withDefaults['databaseUrl']));
  return deepFreeze(withDefaults as Config);
}

/**
 * A URL of another scheme (`mysql://…`, a typo of `postgres://`) would otherwise be read as a
 * SQLite file path, and a database created under a folder named `mysql:`.
 */
function refuseUnknownDatabase(url: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
  if (scheme === undefined || /^(postgres|postgresql|sqlite)$/i.test(scheme)) return;
  throw new ConfigError(
    `invalid configuration at "databaseUrl": ${scheme}:// is not a database Waybill opens; use sqlite:<file> or postgres://user@host/db`,
  );
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`config file ${path} is not a JSON object: ${(error as Error).message}`);
  }
}

function parseEnvValue(raw: string): unknown {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1) as string] = value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}
