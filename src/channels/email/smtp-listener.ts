import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { SMTPServer } from 'smtp-server';
import { baseAddressOf } from './parse-email.js';

export type SmtpListenerOptions = {
  port: number | 'random';
  host: string;
  logger: Logger;
  /** Maximum accepted message size in bytes. */
  maxBytes: number;
  /** Whether an envelope recipient belongs to a channel; unknown ones are refused at RCPT. */
  isKnownRecipient: (baseAddress: string) => Promise<boolean>;
  /** Stores the mail (one call per matching recipient); the sender gets 250 only after it resolves. */
  store: (mail: { rcpt: string; mailFrom: string; raw: Buffer }) => Promise<void>;
};

export type SmtpListener = { port: number; close: () => Promise<void> };

/** Receives customer mail. No AUTH or STARTTLS: it sits behind the MX or a relay that does TLS. */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    banner: 'Tsunagi',
    onRcptTo(address, _session, callback) {
      options
        .isKnownRecipient(baseAddressOf(address.address))
        .then((isKnown) => {
          if (isKnown) return callback();
          const error = Object.assign(new Error('No such mailbox here'), { responseCode: 550 });
          callback(error);
        })
        .catch((error: unknown) => {
          options.logger.error({ err: error }, 'smtp recipient lookup failed');
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        Promise.all(
          session.envelope.rcptTo.map((rcpt) =>
            options.store({ rcpt: rcpt.address, mailFrom, raw }),
          ),
        ).then(
          () => callback(),
          (error: unknown) => {
            options.logger.error({ err: error }, 'storing inbound mail failed');
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on('error', (error) => options.logger.warn({ err: error }, 'smtp connection error'));
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.server.once('error', onError);
    server.listen(options.port === 'random' ? 0 : options.port, options.host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
