import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Json } from './harness.js';

/** Polls until `check` returns a value (not undefined/false), or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  ms = 8000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export type SinkMail = { parsed: ParsedMail; rcpt: string[]; mailFrom: string };

/** An SMTP relay stand-in (what SMTP_URL points at) that keeps every mail it is given. */
export async function startMailSink() {
  const mails: SinkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({
            parsed,
            rcpt: session.envelope.rcptTo.map((r) => r.address),
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type RecordedCall = { path: string; headers: http.IncomingHttpHeaders; body: Json };

/** A local HTTP server standing in for a platform API (LINE, Telegram); records every call. */
export async function startApiStandIn(
  respond: (call: RecordedCall) => number = () => 200,
  /** Answers that are not `{}`: platform files, getFile results (by request path). */
  content?: (path: string) => { type: string; body: string | Buffer } | undefined,
) {
  const calls: RecordedCall[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const call = {
        path: req.url ?? '',
        headers: req.headers,
        body: raw ? JSON.parse(raw) : null,
      };
      const served = content?.(call.path);
      if (served) {
        calls.push(call);
        res.setHeader('content-type', served.type);
        res.end(served.body);
        return;
      }
      const status = respond(call);
      if (status < 300) calls.push(call);
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(status < 300 ? '{}' : '{"message":"unavailable"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const lineSignature = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('base64');

/** A LINE text message event, in the Messaging API's wire format. */
export function lineTextEvent(options: {
  eventId: string;
  userId: string;
  text: string;
  replyToken?: string;
  isRedelivery?: boolean;
}) {
  return {
    type: 'message',
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId: options.userId },
    webhookEventId: options.eventId,
    deliveryContext: { isRedelivery: options.isRedelivery ?? false },
    replyToken: options.replyToken ?? `rt-${options.eventId}`,
    message: { id: `m-${options.eventId}`, type: 'text', quoteToken: 'q', text: options.text },
  };
}
