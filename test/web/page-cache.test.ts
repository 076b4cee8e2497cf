import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { ingest, scenario, seed } from './scenarios.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const EN = { 'accept-language': 'en-GB' };

/** The nonce the answer's CSP allows, and every nonce attribute in its body. */
function nonces(page: { headers: Record<string, unknown>; body: string }) {
  const allowed = /'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))?.[1];
  const used = [...page.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
  return { allowed, used };
}

// Tracking pages are rendered once and answered from a cache while nothing they show changed
// (src/http/routes/public/page-request.ts); these check that nothing they show can go stale.
describe.each(DIALECTS)('cached tracking pages on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(async () => t.close());

  const view = (token: string, headers: Record<string, string> = EN) =>
    t.app.inject({ url: `/t/${token}`, headers });

  it('gives every answer its own nonce, the one its CSP allows, and otherwise the same page', async () => {
    const s = await seed(t, scenario('in_transit'));
    const first = await view(s.token);
    const second = await view(s.token);
    expect(first.statusCode).toBe(200);
    const a = nonces(first);
    const b = nonces(second);
    expect(a.allowed).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(a.used.length).toBeGreaterThan(0);
    expect(new Set(a.used)).toEqual(new Set([a.allowed]));
    expect(new Set(b.used)).toEqual(new Set([b.allowed]));
    expect(b.allowed).not.toBe(a.allowed);
    expect(second.body.replaceAll(b.allowed!, 'N')).toBe(first.body.replaceAll(a.allowed!, 'N'));
  });

  it('shows a scan that leaves the status as it was at once', async () => {
    const s = await seed(t, scenario('in_transit'));
    expect((await view(s.token)).body).not.toContain('Leipzig');
    await ingest(t, s.trackingNumber, [
      {
        occurredAt: '2026-11-27T06:00:00+01:00',
        status: 'in_transit.destination_facility',
        rawDescription: 'Arrived at facility',
        city: 'Leipzig',
        country: 'DE',
      },
    ]);
    const after = await view(s.token);
    expect(after.body).toContain('Leipzig, DE');
  });

  it('shows the shop’s new branding at once', async () => {
    const s = await seed(t, scenario('in_transit'));
    expect((await view(s.token)).body).not.toContain('Brand New Shop');
    await saveTenantSetting(t.store.db, t.tenantId, 'branding', { name: 'Brand New Shop' });
    expect((await view(s.token)).body).toContain('Brand New Shop');
  });

  it('keeps each language apart', async () => {
    const s = await seed(t, scenario('in_transit'));
    const english = await view(s.token);
    const german = await view(s.token, { 'accept-language': 'de-DE' });
    expect(english.body).toContain('On its way');
    expect(german.body).toContain('lang="de"');
    expect(german.body).not.toContain('On its way');
    expect((await view(s.token)).body).toContain('On its way');
  });

  it('shows the private details only to a verified visitor, before and after the other has been cached', async () => {
    const s = await seed(t, scenario('delivered'));
    expect((await view(s.token)).body).not.toContain(s.orderRef);
    const right = await t.app.inject({
      method: 'POST',
      url: `/t/${s.token}/verify`,
      headers: FORM,
      payload: `order=${encodeURIComponent(s.orderRef)}&secret=10115`,
    });
    expect(right.statusCode).toBe(303);
    const cookie = String(right.headers['set-cookie']).split(';')[0]!;
    expect((await view(s.token, { ...EN, cookie })).body).toContain(s.orderRef);
    expect((await view(s.token)).body).not.toContain(s.orderRef);
    expect((await view(s.token, { ...EN, cookie })).body).toContain(s.orderRef);
  });

  it('answers a token that leads nowhere with the not-found page', async () => {
    const page = await view('A'.repeat(24));
    expect(page.statusCode).toBe(404);
    expect(new Set(nonces(page).used)).toEqual(new Set([nonces(page).allowed]));
  });
});
