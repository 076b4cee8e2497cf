import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives working defaults with no environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:./data/waybill.db',
      simulator: { enabled: true },
    });
    expect(Object.isFrozen(config.simulator)).toBe(true);
  });

  it('reads the environment, typed', () => {
    const config = loadConfig({ PORT: '8080', SIMULATOR: 'false', DATABASE_URL: 'postgres://u@h/db' });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@h/db',
      simulator: { enabled: false },
    });
  });

  it('names the bad key', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/"port"/);
    expect(() => loadConfig({ SIMULATOR_ACCELERATION: '0' })).toThrow(/"simulator.acceleration"/);
  });

  it("takes the carriers' cut-off for estimates as a local time, and refuses anything else", () => {
    expect(loadConfig({}).estimates.carrierCutoff).toBeUndefined();
    expect(loadConfig({ ETA_CARRIER_CUTOFF: '17:30' }).estimates.carrierCutoff).toBe('17:30');
    expect(loadConfig({ ETA_CARRIER_CUTOFF: '9' }).estimates.carrierCutoff).toBe(9);
    for (const bad of ['25', '17:75', '1730', 'late'])
      expect(() => loadConfig({ ETA_CARRIER_CUTOFF: bad })).toThrow(/"estimates.carrierCutoff"/);
  });

  it('refuses a database URL of a scheme it does not open, instead of reading it as a file name', () => {
    for (const url of ['mysql://x', 'postgress://u@h/db', 'redis://127.0.0.1'])
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/"databaseUrl": \w+:\/\/ is not a database/);
    for (const url of ['postgres://u@h/db', 'POSTGRESQL://u@h/db', 'sqlite:./x.db', './x.db', ':memory:'])
      expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it('says which config file it could not read', () => {
    expect(() => loadConfig({ WAYBILL_CONFIG: '/nonexistent/waybill.json' })).toThrow(
      /cannot read config file/,
    );
  });

  it('builds customer links on the configured port unless a public URL is set', () => {
    expect(loadConfig({ PORT: '4100' }).publicBaseUrl).toBe('http://localhost:4100');
    expect(loadConfig({ PORT: '4100', PUBLIC_BASE_URL: 'https://track.example.com' }).publicBaseUrl).toBe(
      'https://track.example.com',
    );
  });
});
