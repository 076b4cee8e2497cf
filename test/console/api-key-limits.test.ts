import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { consoleHarness, signedIn, type ConsoleHarness } from './harness.js';

describe.each(DIALECTS)('the API keys page shows the request limits the API applies (%s)', (dialect) => {
  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(dialect, { 'api.readsPerMinute': 3_000 });
  });
  afterEach(() => h.close());

  const limitsLine = async (language = 'en') => {
    const client = await signedIn(h, h.owner);
    const page = await client.get('/app/settings/api-keys', { 'accept-language': language });
    expect(page.statusCode).toBe(200);
    return /<p class="muted" id="key-limits">\s*([^<]*?)\s*<\/p>/.exec(page.body)?.[1];
  };

  it("with the server's defaults, then the shop's own", async () => {
    expect(await limitsLine()).toBe(
      'Requests per key and minute: 3,000 reads, 1,200 writes, 60 imports. Beyond that the API answers 429 with Retry-After.',
    );
    await saveTenantSetting(h.store.db, h.tenantId, 'apiLimits', {
      writesPerMinute: 0,
      importsPerMinute: 10,
    });
    expect(await limitsLine()).toContain('3,000 reads, no limit writes, 10 imports');
    const other = await h.app.inject({ url: '/v1/shipments', headers: h.auth });
    expect(other.headers['ratelimit-policy']).toBe('"reads";q=3000;w=60');
  });
});
