import { connect } from 'node:net';
import { createTransport, type Transporter } from 'nodemailer';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config/config.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { intakeAddress } from '../../src/intake/intake-address.js';
import type { IntakeDeps } from '../../src/intake/receive.js';
import { IntakeSmtpListener } from '../../src/intake/smtp-listener.js';
import { NO_API_LIMITS, testApp, type TestApp } from '../helpers/app.js';
import type { DialectName } from '../helpers/dialects.js';

/** The real app on a fresh store, the tenant's intake address, and the SMTP listener on a free port. */
export interface IntakeHarness {
  readonly t: TestApp;
  readonly intake: Config['shops']['intake'];
  readonly deps: IntakeDeps;
  /** The test tenant's intake address. */
  readonly address: string;
  readonly smtpPort: number;
  /** Sends a raw mail over SMTP, as a mail server would (no SIZE announced unless given). */
  send(raw: string, options?: { to?: readonly string[]; size?: number }): Promise<{ response: string }>;
  /** Rows in the tables the intake writes to. */
  counts(): Promise<{ orders: number; shipments: number; intakeMails: number }>;
  close(): Promise<void>;
}

export async function intakeHarness(
  dialect: DialectName,
  overrides: Record<string, unknown> = {},
): Promise<IntakeHarness> {
  const t = await testApp(dialect, overrides);
  const config = loadConfig({}, { 'simulator.enabled': false, ...NO_API_LIMITS, ...overrides });
  const intake = config.shops.intake;
  const deps: IntakeDeps = {
    store: t.store,
    config: intake,
    clock: () => new Date(),
    detectCarrier: chooseCarrier,
    onCommitted: () => t.relay.wake(),
  };
  const listener = new IntakeSmtpListener(deps, pino({ level: 'silent' }));
  const { port } = await listener.listen(0, '127.0.0.1');
  const address = await intakeAddress(t.store.db, t.tenantId, intake.domain);
  const transports: Transporter[] = [];
  const count = async (table: 'orders' | 'shipments' | 'intake_mails') =>
    Number(
      (
        await t.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    t,
    intake,
    deps,
    address,
    smtpPort: port,
    async send(raw, options = {}) {
      const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
      transports.push(transport);
      const info = await transport.sendMail({
        envelope: {
          from: 'ana@acme-shop.example',
          to: [...(options.to ?? [address])],
          ...(options.size === undefined ? {} : { size: options.size }),
        } as { from: string; to: string[] },
        raw,
      });
      return { response: String(info.response) };
    },
    counts: async () => ({
      orders: await count('orders'),
      shipments: await count('shipments'),
      intakeMails: await count('intake_mails'),
    }),
    async close() {
      for (const transport of transports) transport.close();
      await listener.close();
      await t.close();
    },
  };
}

/**
 * Speaks SMTP by hand: the greeting, then each command and its whole reply (the last line of a
 * reply has a space after its code). For what a client library checks before sending.
 */
export async function smtpDialogue(port: number, commands: readonly string[]): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffered = '';
  const waiting: (() => void)[] = [];
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    waiting.splice(0).forEach((wake) => wake());
  });
  const reply = async (): Promise<string> => {
    for (;;) {
      const end = /^\d{3} .*\r\n/m.exec(buffered);
      if (end) {
        const upTo = end.index + end[0].length;
        const text = buffered.slice(0, upTo);
        buffered = buffered.slice(upTo);
        return text.trimEnd();
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  try {
    const replies = [await reply()];
    for (const command of commands) {
      socket.write(`${command}\r\n`);
      replies.push(await reply());
    }
    return replies;
  } finally {
    socket.destroy();
  }
}
