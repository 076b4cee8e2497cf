import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleMailSubscriber } from '../../src/console/mail/console-mail.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { startLocalSmtp, type LocalSmtp } from '../notify/smtp-server.js';
import { ConsoleClient, consoleHarness, signedIn, type ConsoleHarness } from './harness.js';

const linkIn = (text: string | undefined, kind: 'invite' | 'reset') =>
  new RegExp(`http://localhost:3000(/app/${kind}/[A-Za-z0-9_-]{43})`).exec(text ?? '')?.[1];

describe.each(DIALECTS)('console email through the outbox and a real SMTP server (%s)', (dialect) => {
  let smtp: LocalSmtp;
  let h: ConsoleHarness;
  let mail: ReturnType<typeof consoleMailSubscriber>;
  beforeEach(async () => {
    smtp = await startLocalSmtp();
    h = await consoleHarness(dialect, {
      'notify.smtp.url': smtp.url,
      'notify.smtp.from': 'Waybill <console@shop.example>',
    });
    mail = consoleMailSubscriber(h.store, h.deps.config);
    h.relay.subscribe(mail.subscriber);
    h.relay.start();
  });
  afterEach(async () => {
    await h.close();
    mail.close();
    await smtp.close();
  });

  it('mails an invitation in the inviter’s language; its link makes the account once', async () => {
    const owner = await signedIn(h, h.owner);
    await owner.open('/app/settings/users?lang=de');
    const invited = await owner.post('/app/settings/users/invitations', {
      email: 'neu@shop.example',
      role: 'viewer',
    });
    expect(invited.statusCode).toBe(303);
    expect(invited.headers.location).toBe('/app/settings/users?done=invited');
    const sent = (await waitFor(
      () => smtp.mails.find((m) => m.to && JSON.stringify(m.to).includes('neu@shop.example')),
      'the invitation email',
    ))!;
    expect(sent.subject).toBe('Owner owner hat Sie zu Test shop bei Waybill eingeladen');
    expect(sent.from?.value[0]).toMatchObject({ name: 'Waybill', address: 'console@shop.example' });
    const path = linkIn(sent.text, 'invite');
    expect(path).toBeDefined();
    // No secret of the link is stored in clear: not in the outbox, not in the tokens table.
    const outbox = await h.store.db.selectFrom('outbox').select('payload').execute();
    expect(JSON.stringify(outbox)).not.toContain(path!.split('/').pop()!);
    const newcomer = new ConsoleClient(h.app);
    await newcomer.open(path!);
    expect(
      (
        await newcomer.post(path!, {
          name: 'Neu',
          password: 'a long new passphrase',
          confirm: 'a long new passphrase',
        })
      ).statusCode,
    ).toBe(303);
    const user = await h.store.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'neu@shop.example')
      .executeTakeFirstOrThrow();
    expect(user.role).toBe('viewer');
  });

  it('answers the forgotten-password form the same way whether or not the account exists', async () => {
    const client = new ConsoleClient(h.app);
    expect((await client.open('/app/forgot')).body).toContain('action="/app/forgot"');
    const known = await client.post('/app/forgot', { email: h.agent.user.email });
    const unknown = await client.post('/app/forgot', { email: 'nobody@shop.example' });
    expect(known.statusCode).toBe(200);
    expect(known.statusCode).toBe(unknown.statusCode);
    const text = (body: string) => body.replace(/name="_csrf" value="[^"]*"/g, '');
    expect(text(known.body)).toBe(text(unknown.body));
    expect(known.body).toContain('a link to reset its password is on its way');
  });

  it('mails a reset link to an account that exists, and nothing for one that does not', async () => {
    const client = new ConsoleClient(h.app);
    await client.open('/app/forgot');
    await client.post('/app/forgot', { email: 'nobody@shop.example' });
    await client.post('/app/forgot', { email: h.agent.user.email });
    const sent = (await waitFor(
      () => smtp.mails.find((m) => JSON.stringify(m.to).includes(h.agent.user.email)),
      'the reset email',
    ))!;
    expect(sent.subject).toBe('Reset your Waybill password');
    const path = linkIn(sent.text, 'reset');
    await client.open(path!);
    expect(
      (await client.post(path!, { password: 'a fresh long passphrase', confirm: 'a fresh long passphrase' }))
        .statusCode,
    ).toBe(303);
    expect(
      (await new ConsoleClient(h.app).signIn(h.agent.user.email, 'a fresh long passphrase')).statusCode,
    ).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.filter((m) => JSON.stringify(m.to).includes('nobody@'))).toEqual([]);
  });

  it('tries again while the SMTP server refuses, and the link of the mail that arrives works', async () => {
    smtp.refuseNext = 2;
    const owner = await signedIn(h, h.owner);
    await owner.open('/app/settings/users');
    await owner.post('/app/settings/users/invitations', { email: 'later@shop.example', role: 'agent' });
    const sent = (await waitFor(
      () => smtp.mails.find((m) => JSON.stringify(m.to).includes('later@shop.example')),
      'the invitation after refusals',
      15_000,
    ))!;
    expect(smtp.refuseNext).toBe(0);
    const path = linkIn(sent.text, 'invite');
    expect((await new ConsoleClient(h.app).open(path!)).statusCode).toBe(200);
  });
});
