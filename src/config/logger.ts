import { type DestinationStream, type Logger, pino } from 'pino';
import { maskDeep, maskPii } from '../privacy/mask.js';

/**
 * Structured JSON logs. Secrets and personal data that could reach a log line (an error's
 * request body, a handshake) are censored under these keys wherever the line's plain data
 * has them (see maskField): one walk that masks free text too, where pino's `redact` with
 * wildcard paths walked every line again.
 */
const sensitive = new Set([
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
]);
const CENSORED = '[redacted]';

const isPlain = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * A log field with its free text masked. Only plain data is walked, and only a few levels
 * deep: objects with a shape of their own (a request, a reply, a socket) are left to the
 * serializers, which keep just their few fields; walking them would follow their cycles.
 */
function maskField(value: unknown, key: string, depth: number): unknown {
  if (typeof value === 'string') return maskDeep(value, key);
  if (value === null || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((v) => maskField(v, key, depth + 1));
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = sensitive.has(k) ? CENSORED : maskField(v, k, depth + 1);
  }
  return out;
}

/**
 * A request as its log line shows it (the fields of Fastify's serializer), with personal
 * data in its URL (a search's query string, say) masked.
 */
const requestFields = (req: {
  method?: string;
  url?: string;
  ip?: string;
  host?: string;
  headers?: Record<string, unknown>;
  socket?: { remotePort?: number };
}) => ({
  method: req.method,
  url: typeof req.url === 'string' ? maskPii(req.url) : req.url,
  headers: { 'accept-version': req.headers?.['accept-version'] },
  host: req.host,
  ip: req.ip,
  socket: { remotePort: req.socket?.remotePort },
});

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    // Free text that reaches a log line (a message quoted in an error, a subject) has its card
    // numbers, My Numbers, phone numbers and email addresses masked. Errors keep their shape.
    formatters: {
      log: (object: Record<string, unknown>) => {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(object)) {
          out[key] = sensitive.has(key)
            ? CENSORED
            : value instanceof Error || key === 'err' || key === 'error' || key === 'res'
              ? value
              : key === 'req' && value && typeof value === 'object'
                ? requestFields(value)
                : typeof value === 'string'
                  ? maskPii(value)
                  : maskField(value, key, 0);
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
  // Standard output is written asynchronously: under load the lines that pile up while one
  // write is in flight go out together in the next, instead of one blocking write per line.
  // What is still buffered is written out synchronously when the process exits.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}
