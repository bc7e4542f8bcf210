import { type DestinationStream, type Logger, pino } from 'pino';
import { maskDeep, maskPii } from '../privacy/mask.js';

/**
 * Structured JSON logs. Secrets and personal data that could reach a log line (an error's
 * request body, a handshake) are censored wherever they appear, one level deep.
 */
const sensitive = [
  'authorization',
  'cookie',
  'password',
  'token',
  'customerToken',
  'channelSecret',
  'channelAccessToken',
  'botToken',
  'secretToken',
  'apiKey',
  'email',
  'phone',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        ...sensitive,
        ...sensitive.map((key) => `*.${key}`),
      ],
      censor: '[redacted]',
    },
    // Free text that reaches a log line (a message quoted in an error, a subject) has its card
    // numbers, My Numbers, phone numbers and email addresses masked. Errors keep their shape.
    formatters: {
      log: (object: Record<string, unknown>) => {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(object)) {
          out[key] =
            value instanceof Error || key === 'err' || key === 'error'
              ? value
              : typeof value === 'string'
                ? maskPii(value)
                : maskDeep(value, key);
        }
        return out;
      },
    },
    hooks: {
      logMethod(args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? maskPii(arg) : arg)),
        );
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
