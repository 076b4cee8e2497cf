import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface LocalSmtp {
  readonly url: string;
  readonly mails: ParsedMail[];
  /** While above zero, each DATA is refused with 451 (try again later) and the count drops. */
  refuseNext: number;
  /** Refuse every DATA until set back to false. */
  refusing: boolean;
  /** Delay before each mail is accepted: gives a test a "middle of sending" to crash in. */
  delayMs: number;
  close(): Promise<void>;
}

/** A real SMTP server on a free port; every accepted mail is parsed with mailparser. */
export async function startLocalSmtp(): Promise<LocalSmtp> {
  const local: LocalSmtp = {
    url: '',
    mails: [],
    refuseNext: 0,
    refusing: false,
    delayMs: 0,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (local.refusing || local.refuseNext > 0) {
          local.refuseNext = Math.max(0, local.refuseNext - 1);
          const error = new Error('try again later') as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        new Promise((resolve) => setTimeout(resolve, local.delayMs))
          .then(() => simpleParser(Buffer.concat(chunks)))
          .then((mail) => {
            local.mails.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  // A client killed mid-conversation resets its socket: that is the test's doing, not a failure.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(local, { url: `smtp://127.0.0.1:${port}` });
}
