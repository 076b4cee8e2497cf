import pino, { type Logger } from 'pino';
import { requestLogFields } from './request-context.js';

/** JSON logs with a scope; keys that could carry secrets are redacted wherever they appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      // Work the outbox relay does for a request (a notification, a webhook) logs that request's id.
      mixin: requestLogFields,
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.apiKey', '*.key'],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(2),
  );
}
