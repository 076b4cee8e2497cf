import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/console/audit.js';
import { setupLinkIfNeeded } from '../../src/console/setup-link.js';
import { DIALECTS } from '../helpers/dialects.js';
import { ConsoleClient, consoleHarness, PASSWORD, signedIn, type ConsoleHarness } from './harness.js';

const actionsOf = async (h: ConsoleHarness) =>
  (await listAudit(h.store.db, h.tenantId, { limit: 200 })).map((entry) => entry.action);

describe.each(DIALECTS)('console sign-in and sessions (%s)', (dialect) => {
  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(dialect, { 'console.lockoutThreshold': 3, 'console.signInPerIpPerMinute': 50 });
  });
  afterEach(async () => h.close());

  it('leads / to the console and the console to sign-in', async () => {
    const root = await h.app.inject({ url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/app');
    const app = await h.app.inject({ url: '/app/shipments?status=delivered' });
    expect(app.statusCode).toBe(303);
    expect(app.headers.location).toBe('/app/login?next=%2Fapp%2Fshipments%3Fstatus%3Ddelivered');
  });

  it('signs in with the right password, in a new HttpOnly SameSite=Lax session, and goes where it was asked', async () => {
    const client = new ConsoleClient(h.app);
    await client.open('/app/login?next=/app/attention');
    const response = await client.post('/app/login', {
      email: 'OWNER@shop.example ',
      password: PASSWORD,
      next: '/app/attention',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/app/attention');
    const cookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('wb_console='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toMatch(/Max-Age/);
    const home = await client.open('/app');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Owner owner');
    expect(await actionsOf(h)).toContain('sign_in');
  });

  it('never sends a fresh session off-site', async () => {
    const client = new ConsoleClient(h.app);
    await client.open('/app/login');
    for (const next of ['https://evil.example/', '//evil.example/app', '/app\\..\\evil']) {
      await client.open('/app/login');
      const response = await client.post('/app/login', {
        email: h.owner.user.email,
        password: PASSWORD,
        next,
      });
      expect(response.headers.location).toBe('/app');
    }
  });

  it('answers every failure the same way, and locks the account after repeated failures', async () => {
    const client = new ConsoleClient(h.app);
    await client.open('/app/login');
    const unknown = await client.post('/app/login', { email: 'nobody@shop.example', password: PASSWORD });
    const wrong = await client.post('/app/login', {
      email: h.agent.user.email,
      password: 'not the password',
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const message = (body: string) => /<p class="flash bad" role="alert">([^<]*)<\/p>/.exec(body)?.[1];
    expect(message(unknown.body)).toBeDefined();
    expect(message(wrong.body)).toBe(message(unknown.body));

    await client.post('/app/login', { email: h.agent.user.email, password: 'not it either' });
    await client.post('/app/login', { email: h.agent.user.email, password: 'still wrong' });
    // Locked now: even the right password is refused, with the same answer.
    const locked = await client.post('/app/login', { email: h.agent.user.email, password: PASSWORD });
    expect(locked.statusCode).toBe(401);
    expect(message(locked.body)).toBe(message(unknown.body));
    const actions = await actionsOf(h);
    expect(actions.filter((a) => a === 'sign_in.failed')).toHaveLength(3);
    expect(actions).toContain('user.locked_out');
    expect(actions).toContain('sign_in.refused_locked');

    // The lock runs out.
    h.clock.advance(16 * 60_000);
    const after = await client.post('/app/login', { email: h.agent.user.email, password: PASSWORD });
    expect(after.statusCode).toBe(303);
  });

  it('limits sign-in attempts per address, whatever the account', async () => {
    const limited = await consoleHarness(dialect, { 'console.signInPerIpPerMinute': 3 });
    try {
      const client = new ConsoleClient(limited.app);
      await client.open('/app/login');
      for (let i = 0; i < 3; i++)
        expect(
          (await client.post('/app/login', { email: `x${i}@shop.example`, password: 'whatever-long' }))
            .statusCode,
        ).toBe(401);
      const refused = await client.post('/app/login', {
        email: limited.owner.user.email,
        password: PASSWORD,
      });
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('gives a new session id at sign-in and never adopts one planted before (session fixation)', async () => {
    // The attacker's own session, ended, and a made-up id: neither may become the victim's.
    const attacker = await signedIn(h, h.viewer);
    const ended = attacker.cookies.get('wb_console')!;
    await attacker.post('/app/logout', {});
    for (const planted of [ended, 'A'.repeat(43)]) {
      const victim = new ConsoleClient(h.app);
      victim.cookies.set('wb_console', planted);
      expect((await victim.open('/app/login')).statusCode).toBe(200);
      const response = await victim.post('/app/login', { email: h.owner.user.email, password: PASSWORD });
      expect(response.statusCode).toBe(303);
      const issued = victim.cookies.get('wb_console');
      expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(issued).not.toBe(planted);
      expect(
        (await h.app.inject({ url: '/app', headers: { cookie: `wb_console=${planted}` } })).statusCode,
      ).toBe(303);
      expect((await victim.open('/app')).body).toContain('Owner owner');
    }
  });

  it('ends the session on the server at sign-out: the old cookie no longer works', async () => {
    const client = await signedIn(h, h.agent);
    const cookie = client.cookies.get('wb_console')!;
    const out = await client.post('/app/logout', {});
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/app/login?done=signed_out');
    expect(client.cookies.has('wb_console')).toBe(false);
    const replay = await h.app.inject({ url: '/app', headers: { cookie: `wb_console=${cookie}` } });
    expect(replay.statusCode).toBe(303);
    expect(await actionsOf(h)).toContain('sign_out');
  });

  it('ends idle sessions after 30 minutes and every session after 12 hours', async () => {
    const client = await signedIn(h, h.agent);
    h.clock.advance(29 * 60_000);
    expect((await client.get('/app')).statusCode).toBe(200);
    h.clock.advance(29 * 60_000);
    expect((await client.get('/app')).statusCode).toBe(200);
    h.clock.advance(31 * 60_000);
    expect((await client.get('/app')).statusCode).toBe(303);

    // Busy all day long: still over after 12 hours.
    const busy = await signedIn(h, h.owner);
    for (let minutes = 0; minutes < 11 * 60; minutes += 20) {
      h.clock.advance(20 * 60_000);
      expect((await busy.get('/app')).statusCode).toBe(200);
    }
    h.clock.advance(20 * 60_000);
    expect((await busy.get('/app')).statusCode).toBe(200);
    h.clock.advance(20 * 60_000);
    expect((await busy.get('/app')).statusCode).toBe(200);
    h.clock.advance(25 * 60_000);
    expect((await busy.get('/app')).statusCode).toBe(303);
  });

  it('refuses cross-site form posts and posts without the session token, and changes nothing', async () => {
    const client = await signedIn(h, h.owner);
    const crossSite = await client.post(
      '/app/settings/api-keys',
      { label: 'from evil' },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(crossSite.statusCode).toBe(403);
    const otherOrigin = await h.app.inject({
      method: 'POST',
      url: '/app/settings/api-keys',
      headers: {
        cookie: client.cookieHeader,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `_csrf=${client.csrf}&label=evil`,
    });
    expect(otherOrigin.statusCode).toBe(403);
    const noToken = await client.post('/app/settings/api-keys', { label: 'no token' }, { csrf: null });
    expect(noToken.statusCode).toBe(403);
    const wrongToken = await client.post(
      '/app/settings/api-keys',
      { label: 'wrong token' },
      { csrf: 'x'.repeat(43) },
    );
    expect(wrongToken.statusCode).toBe(403);
    const keys = await h.store.db
      .selectFrom('api_keys')
      .select('label')
      .where('tenant_id', '=', h.tenantId)
      .execute();
    expect(keys.map((k) => k.label)).toEqual(['test']);
    // The sign-in form is protected too.
    const login = await new ConsoleClient(h.app).post(
      '/app/login',
      { email: h.owner.user.email, password: PASSWORD },
      { csrf: 'forged' },
    );
    expect(login.statusCode).toBe(403);
  });

  it('makes the cookie Secure with the __Host- prefix behind https', async () => {
    const secure = await consoleHarness(dialect, { publicBaseUrl: 'https://track.example' });
    try {
      const client = new ConsoleClient(secure.app);
      await client.open('/app/login');
      const response = await client.post('/app/login', {
        email: secure.owner.user.email,
        password: PASSWORD,
      });
      const cookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-wb_console='));
      expect(cookie).toMatch(/; Path=\/;/);
      expect(cookie).toMatch(/Secure/);
      expect(cookie).not.toMatch(/Domain=/);
    } finally {
      await secure.close();
    }
  });

  it('says on the sign-in page where the way in is while nobody can sign in', async () => {
    const hint = 'Nobody has set up this console yet.';
    expect((await new ConsoleClient(h.app).open('/app/login')).body).not.toContain(hint);
    // The installation before its owner exists: no sessions, no users.
    await h.store.db.deleteFrom('console_sessions').execute();
    await h.store.db.deleteFrom('users').execute();
    const page = await new ConsoleClient(h.app).open('/app/login');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(hint);
    expect(page.body).toContain('npx waybill console-link');
  });

  it('creates the owner once from the set-up link, which then stops working', async () => {
    const empty = await consoleHarness(dialect);
    try {
      const tenant = await empty.store.db
        .insertInto('tenants')
        .values({ id: 'T-NEW', name: 'My shop', settings: '{}', created_at: new Date().toISOString() })
        .execute();
      void tenant;
      const link = await setupLinkIfNeeded(
        empty.store,
        { tenantId: 'T-NEW', publicBaseUrl: 'http://localhost:3000', validHours: 24 },
        empty.clock.read(),
      );
      expect(link).toMatch(/^http:\/\/localhost:3000\/app\/setup\/[A-Za-z0-9_-]{43}$/);
      const path = new URL(link!).pathname;
      const client = new ConsoleClient(empty.app);
      expect((await client.open(path)).statusCode).toBe(200);
      const short = await client.post(path, {
        shop: 'Acme',
        name: 'Ada',
        email: 'ada@acme.example',
        password: 'short',
        confirm: 'short',
      });
      expect(short.statusCode).toBe(400);
      expect(short.body).toContain('at least 10 characters');
      const made = await client.post(path, {
        shop: 'Acme',
        name: 'Ada',
        email: 'ada@acme.example',
        password: 'a good long passphrase',
        confirm: 'a good long passphrase',
      });
      expect(made.statusCode).toBe(303);
      expect((await client.open('/app')).body).toContain('Acme');
      const again = await new ConsoleClient(empty.app).open(path);
      expect(again.statusCode).toBe(404);
      expect(
        await setupLinkIfNeeded(
          empty.store,
          { tenantId: 'T-NEW', publicBaseUrl: 'http://x', validHours: 1 },
          empty.clock.read(),
        ),
      ).toBeUndefined();
      const owner = await empty.store.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'ada@acme.example')
        .executeTakeFirstOrThrow();
      expect(owner.role).toBe('owner');
      expect(owner.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    } finally {
      await empty.close();
    }
  });

  it('invites someone, whose link creates an agent once; with email off the owner gets the link', async () => {
    const owner = await signedIn(h, h.owner);
    await owner.open('/app/settings/users');
    const invited = await owner.post('/app/settings/users/invitations', {
      email: 'new@shop.example',
      role: 'agent',
    });
    expect(invited.statusCode).toBe(201);
    const link = /(http:\/\/localhost:3000\/app\/invite\/[A-Za-z0-9_-]{43})/.exec(invited.body)?.[1];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname;
    const newcomer = new ConsoleClient(h.app);
    const form = await newcomer.open(path);
    expect(form.body).toContain('new@shop.example');
    const joined = await newcomer.post(path, {
      name: 'Nia',
      password: 'another long passphrase',
      confirm: 'another long passphrase',
    });
    expect(joined.statusCode).toBe(303);
    const user = await h.store.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'new@shop.example')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: 'agent', tenant_id: h.tenantId, name: 'Nia' });
    // Joining signs the person in, and the users page shows it.
    expect(user.last_login_at).not.toBeNull();
    expect((await new ConsoleClient(h.app).open(path)).statusCode).toBe(404);
    expect(await actionsOf(h)).toEqual(expect.arrayContaining(['user.invited', 'invitation.accepted']));
  });

  it('replaces an open invitation of the same address, and closes the rest once the person joins', async () => {
    const owner = await signedIn(h, h.owner);
    await owner.open('/app/settings/users');
    const linkOf = (body: string) =>
      new URL(/(http:\/\/localhost:3000\/app\/invite\/[A-Za-z0-9_-]{43})/.exec(body)![1]!).pathname;
    const first = linkOf(
      (await owner.post('/app/settings/users/invitations', { email: 'twice@shop.example', role: 'agent' }))
        .body,
    );
    await owner.open('/app/settings/users');
    const second = linkOf(
      (await owner.post('/app/settings/users/invitations', { email: 'twice@shop.example', role: 'viewer' }))
        .body,
    );
    const open = () =>
      h.store.db
        .selectFrom('console_tokens')
        .select('role')
        .where('purpose', '=', 'invite')
        .where('email', '=', 'twice@shop.example')
        .where('revoked_at', 'is', null)
        .where('used_at', 'is', null)
        .execute();
    expect(await open()).toEqual([{ role: 'viewer' }]);
    expect((await new ConsoleClient(h.app).open(first)).statusCode).toBe(404);
    const newcomer = new ConsoleClient(h.app);
    await newcomer.open(second);
    const joined = await newcomer.post(second, {
      name: 'Tw',
      password: 'a long enough passphrase',
      confirm: 'a long enough passphrase',
    });
    expect(joined.statusCode).toBe(303);
    expect(await open()).toEqual([]);
  });

  it('lets a person reset a forgotten password through a link that ends every session, and lifts a lockout', async () => {
    const other = await signedIn(h, h.agent);
    const owner = await signedIn(h, h.owner);
    await owner.open('/app/settings/users');
    const sent = await owner.post(`/app/settings/users/${h.agent.user.id}`, { action: 'reset' });
    const link = /(http:\/\/localhost:3000\/app\/reset\/[A-Za-z0-9_-]{43})/.exec(sent.body)?.[1];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname;
    const person = new ConsoleClient(h.app);
    await person.open(path);
    const differ = await person.post(path, { password: 'a brand new passphrase', confirm: 'another one' });
    expect(differ.statusCode).toBe(400);
    const done = await person.post(path, {
      password: 'a brand new passphrase',
      confirm: 'a brand new passphrase',
    });
    expect(done.statusCode).toBe(303);
    expect((await other.get('/app')).statusCode).toBe(303);
    expect((await new ConsoleClient(h.app).signIn(h.agent.user.email, PASSWORD)).statusCode).toBe(401);
    expect(
      (await new ConsoleClient(h.app).signIn(h.agent.user.email, 'a brand new passphrase')).statusCode,
    ).toBe(303);
  });

  it('without email, the forgotten-password page says who can help and offers no form that pretends to send', async () => {
    const page = await new ConsoleClient(h.app).open('/app/forgot');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('This server sends no email');
    expect(page.body).not.toContain('action="/app/forgot"');
  });

  it('signs out a person whose role changed, and refuses to demote the last owner', async () => {
    const agent = await signedIn(h, h.agent);
    const owner = await signedIn(h, h.owner);
    await owner.open('/app/settings/users');
    expect(
      (await owner.post(`/app/settings/users/${h.agent.user.id}`, { action: 'role', role: 'viewer' }))
        .statusCode,
    ).toBe(303);
    expect((await agent.get('/app')).statusCode).toBe(303);
    const refused = await owner.post(`/app/settings/users/${h.owner.user.id}`, {
      action: 'role',
      role: 'agent',
    });
    expect(refused.statusCode).toBe(400);
    const row = await h.store.db
      .selectFrom('users')
      .select('role')
      .where('id', '=', h.owner.user.id)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('owner');
  });
});
