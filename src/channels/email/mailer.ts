import nodemailer from 'nodemailer';
import type { SendOutcome } from '../channel.types.js';

export type OutgoingMail = {
  from: string;
  to: string;
  replyTo?: string | undefined;
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string | undefined;
  references?: string[] | undefined;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[] | undefined;
};

export type Mailer = { send: (mail: OutgoingMail) => Promise<SendOutcome> };

/** Sends through the SMTP_URL relay; without one, mail waits in the outbox (retried later). */
export function createMailer(smtpUrl: string | undefined): Mailer {
  const url = smtpUrl ? new URL(smtpUrl) : undefined;
  const transport = url
    ? nodemailer.createTransport({
        host: url.hostname,
        port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 25),
        secure: url.protocol === 'smtps:',
        ...(url.username
          ? {
              auth: {
                user: decodeURIComponent(url.username),
                pass: decodeURIComponent(url.password),
              },
            }
          : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
    : undefined;
  return {
    async send(mail) {
      if (!transport) return { status: 'retry', error: 'SMTP_URL is not configured' };
      try {
        await transport.sendMail({
          from: mail.from,
          to: mail.to,
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          subject: mail.subject,
          text: mail.text,
          messageId: mail.messageId,
          ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
          ...(mail.references?.length ? { references: mail.references } : {}),
          headers: mail.headers ?? {},
          ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
        });
        return { status: 'sent' };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx is the relay refusing for good; anything else (4xx, network) may pass later.
        return {
          status: code !== undefined && code >= 500 ? 'failed' : 'retry',
          error: `SMTP: ${(error as Error).message}`.slice(0, 500),
        };
      }
    },
  };
}
