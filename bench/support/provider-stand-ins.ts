// The providers of bench:notify, in a process of their own: an SMTP sink and a Twilio-shaped HTTP
// server. Providers are not Waybill, so their CPU must not count against it. Each request's
// arrival is stamped here, on the machine's clock (performance.timeOrigin + performance.now()),
// and reported to the parent over IPC in small batches; the parent stamps ingest the same way.
// Started by provider-process.ts (`fork`), never run by hand.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startLocalTwilio } from '../../test/notify/twilio-server.js';
import type { FromStandIns, ToStandIns } from './provider-process.js';

const numberPattern = /BENCH\d{8}/;
const send = (message: FromStandIns) => process.send?.(message);
const clock = () => performance.timeOrigin + performance.now();

let pending: { number: string; at: number; bytes: number }[] = [];
const arrived = (text: string, at: number, bytes: number) => {
  const number = numberPattern.exec(text)?.[0];
  if (number) pending.push({ number, at, bytes });
};
// Reports leave every 20 ms: the stamps are taken on arrival, so the wait adds nothing to them.
const flush = setInterval(() => {
  if (pending.length === 0) return;
  send({ type: 'arrivals', arrivals: pending });
  pending = [];
}, 20);

// Timestamps only: when the DATA is complete is when the provider got the mail.
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    let text = '';
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (text.length < 8192) text += chunk.toString('latin1');
    });
    stream.on('end', () => {
      arrived(text, clock(), bytes);
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const twilio = await startLocalTwilio();
// The local Twilio server stamps with this process's performance.now(); made absolute like the SMTP stamps.
twilio.onRequest = (request) =>
  arrived(request.body, performance.timeOrigin + request.at, Buffer.byteLength(request.body));

process.on('message', (message: ToStandIns) => {
  if (message.type === 'cpu') send({ type: 'cpu', usage: process.cpuUsage() });
});
process.on('disconnect', () => {
  clearInterval(flush);
  void twilio.close().then(() => smtp.close(() => process.exit(0)));
});

send({
  type: 'ready',
  smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
  twilioBaseUrl: twilio.baseUrl,
});
