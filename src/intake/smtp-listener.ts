import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { recordIntakeMail } from '../store/repositories/intake-mails.js';
import { tenantOfIntakeAddress } from './intake-address.js';
import { receiveMail, recordTooLarge, type IntakeDeps } from './receive.js';

// Waybill's own SMTP listener for forwarded shipping mail (off unless shops.intake.smtpEnabled).
// It takes mail for intake addresses only (anything else is refused at RCPT TO, 550), advertises
// the size limit and refuses larger mail after DATA (552), and answers 250 once the mail has been
// handled and recorded, whatever it held; a failure of its own (the database away) is 451, so the
// sending server tries again later. No AUTH and no STARTTLS: put it behind your MTA, or on loopback.

export interface ListeningAddress {
  readonly host: string;
  readonly port: number;
}

const CLOSE_TIMEOUT_MS = 5_000;

export class IntakeSmtpListener {
  private readonly server: SMTPServer;
  /** The last transaction (session id and number) whose refused recipient was recorded. */
  private refusedIn: string | undefined;

  constructor(
    private readonly deps: IntakeDeps,
    private readonly logger: Logger,
  ) {
    this.server = new SMTPServer({
      name: deps.config.domain,
      banner: 'Waybill intake: forwarded shipping mail only',
      size: deps.config.maxBytes,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      maxClients: 64,
      // A forward goes to one intake address (a few, for shops that share a mailbox).
      maxRecipients: 20,
      socketTimeout: 60_000,
      closeTimeout: CLOSE_TIMEOUT_MS,
      onRcptTo: (address, session, callback) => {
        this.checkRecipient(address.address, session).then(
          (known) => callback(known ? null : smtpError(550, '5.1.1 No such intake address here')),
          (error: unknown) => {
            this.logger.warn({ err: error, scope: 'intake' }, 'could not look up an intake address');
            callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
          },
        );
      },
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    // Connection-level failures (a client that resets) are the client's; they must not end the process.
    this.server.on('error', (error: Error) =>
      this.logger.debug({ err: error, scope: 'intake' }, 'SMTP connection error'),
    );
  }

  /** Starts listening; port 0 picks a free one. */
  listen(port: number, host: string): Promise<ListeningAddress> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      this.server.server.once('error', fail);
      this.server.listen(port, host, () => {
        this.server.server.off('error', fail);
        const address = this.server.server.address() as AddressInfo;
        resolve({ host: address.address, port: address.port });
      });
    });
  }

  /** Stops taking connections; a transaction under way gets up to 5 s to finish. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.server.listening) return resolve();
      this.server.close(() => resolve());
    });
  }

  /**
   * Whether the recipient is an intake address. The first refused one of a transaction is
   * recorded (unknown_address, no tenant), so an operator can see forwarding set up wrong.
   */
  private async checkRecipient(address: string, session: SMTPServerSession): Promise<boolean> {
    if (await this.tenantOf(address)) return true;
    const transaction = `${session.id}:${session.transaction}`;
    if (this.refusedIn !== transaction) {
      this.refusedIn = transaction;
      const { mailFrom } = session.envelope;
      await recordIntakeMail(
        this.deps.store.db,
        {
          tenantId: null,
          messageKey: `rcpt:${transaction}`,
          from: mailFrom ? mailFrom.address : '',
          subject: '',
          outcome: 'unknown_address',
          found: [],
          detail: `Refused at RCPT TO: ${address.slice(0, 100)} is not an intake address here.`,
          orderId: null,
        },
        this.deps.clock(),
      ).catch((error: unknown) =>
        this.logger.warn({ err: error, scope: 'intake' }, 'could not record a refused recipient'),
      );
    }
    return false;
  }

  private tenantOf(address: string): Promise<string | undefined> {
    return tenantOfIntakeAddress(this.deps.store.db, address, this.deps.config.domain);
  }

  private onData(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null, message?: string) => void,
  ): void {
    const maxBytes = this.deps.config.maxBytes;
    const chunks: Buffer[] = [];
    const hash = createHash('sha256');
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
      if (bytes <= maxBytes) chunks.push(chunk);
    });
    stream.once('end', () => {
      const tooLarge = stream.sizeExceeded || bytes > maxBytes;
      const digest = hash.digest('hex');
      this.handle(session, tooLarge ? undefined : Buffer.concat(chunks), { bytes, digest }).then(
        (answer) => callback(answer.error ?? null, answer.message),
        (error: unknown) => {
          this.logger.warn({ err: error, scope: 'intake' }, 'could not handle a forwarded mail');
          callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    });
  }

  private async handle(
    session: SMTPServerSession,
    raw: Buffer | undefined,
    read: { bytes: number; digest: string },
  ): Promise<{ error?: Error; message?: string }> {
    const tenants = new Set<string>();
    for (const recipient of session.envelope.rcptTo) {
      const tenantId = await this.tenantOf(recipient.address);
      if (tenantId) tenants.add(tenantId);
    }
    if (raw === undefined) {
      for (const tenantId of tenants)
        await recordTooLarge(this.deps, tenantId, { messageKey: `sha256:${read.digest}`, bytes: read.bytes });
      this.logger.info(
        { scope: 'intake', bytes: read.bytes },
        'refused a forwarded mail over the size limit',
      );
      return {
        error: smtpError(
          552,
          `5.3.4 Message exceeds the fixed maximum size of ${this.deps.config.maxBytes} bytes`,
        ),
      };
    }
    const handled = await receiveMail(
      this.deps,
      raw,
      [...tenants].map((tenantId) => ({ tenantId, mustBeAddressed: false })),
    );
    for (const mail of handled)
      this.logger.info(
        { scope: 'intake', tenantId: mail.tenantId, outcome: mail.outcome, intakeMailId: mail.id },
        'forwarded mail handled',
      );
    const outcomes = [...new Set(handled.map((mail) => mail.outcome))].join(', ');
    return { message: `OK: ${outcomes || 'nothing to do'}` };
  }
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}
