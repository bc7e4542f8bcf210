import { type DestinationStream, type Logger, pino } from 'pino';

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
  };
  return destination ? pino(options, destination) : pino(options);
}
