import { createHash } from 'node:crypto';
import { type AddressObject, simpleParser } from 'mailparser';
import type { DecodedInbound, InboundAttachment } from '../channel.types.js';
import { htmlToPlainText } from './html-text.js';
import { stripQuotedReply } from './strip-quoted.js';

/** What the SMTP listener stores for one delivered mail, before answering 250. */
export type StoredMail = {
  /** The envelope recipient that matched the channel (may carry a +r<key> reply token). */
  rcpt: string;
  /** The envelope sender; empty for bounces (`MAIL FROM:<>`). */
  mailFrom: string;
  /** The raw message, base64 (mail may carry 8-bit bytes in any charset). */
  raw: string;
};

export const attachmentLimits = { maxBytes: 10 * 1024 * 1024, maxCount: 10 };

const replyKeyPattern = /\+r([0-9a-z]{16})@/i;
const subjectKeyPattern = /\[#([0-9a-z]{16})\]/i;

/** A reply token in the recipient address (`support+r<key>@…`) or the subject (`[#<key>]`). */
export const replyKeyOf = (rcpt: string, subject: string | null): string | null =>
  replyKeyPattern.exec(rcpt)?.[1]?.toLowerCase() ??
  (subject ? (subjectKeyPattern.exec(subject)?.[1]?.toLowerCase() ?? null) : null);

/** The channel address a recipient belongs to: `support+r<key>@shop.test` → `support@shop.test`. */
export const baseAddressOf = (address: string): string => {
  const [local = '', domain = ''] = address.toLowerCase().split(/@(?=[^@]*$)/);
  return `${local.replace(/\+.*$/, '')}@${domain}`;
};

const firstAddress = (from: AddressObject | AddressObject[] | undefined) => {
  const list = Array.isArray(from) ? from : from ? [from] : [];
  return list.flatMap((a) => a.value)[0];
};

const headerText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'value' in value
      ? String((value as { value: unknown }).value)
      : '';

/**
 * Why a mail must not be answered (RFC 3834 and common practice), or null when it may:
 * bounces, auto-replies and bulk mail never open conversations, so two robots cannot loop.
 */
export function automatedReason(
  headers: Map<string, unknown>,
  mailFrom: string,
  fromAddress: string | undefined,
): string | null {
  if (!mailFrom) return 'empty return path (a bounce)';
  const autoSubmitted = headerText(headers.get('auto-submitted')).trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = headerText(headers.get('precedence')).trim().toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) {
    return `Precedence: ${precedence}`;
  }
  for (const name of ['x-autoreply', 'x-autorespond', 'list-id']) {
    if (headers.has(name)) return `${name} header`;
  }
  const local = (fromAddress ?? mailFrom).toLowerCase().split('@')[0] ?? '';
  if (['mailer-daemon', 'postmaster'].includes(local)) return `sender ${local}`;
  const contentType = headerText(headers.get('content-type')).toLowerCase();
  if (contentType.startsWith('multipart/report')) return 'delivery report';
  return null;
}

/** An address mail can be sent back to: one `@`, a dotted domain, no spaces or brackets. */
export const isUsableAddress = (address: string | undefined): address is string =>
  !!address &&
  address.length <= 254 &&
  /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/.test(address);

/**
 * A header parameter sent as raw 8-bit UTF-8 (`filename=ciële.txt` without RFC 2231 or
 * encoded words) reaches us as its bytes read one by one (`ciÃ«le.txt`): read them again as
 * UTF-8 when they form valid UTF-8, else keep what the parser gave.
 */
export function repairRawUtf8(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || [...value].some((c) => c.charCodeAt(0) > 0xff)) {
    return value;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/** Whether any part of the mail is plain text (a mail without Content-Type is plain text). */
const hasPlainTextPart = (raw: Buffer) => {
  const text = raw.toString('latin1');
  const head = text.split(/\r?\n\r?\n/)[0] ?? '';
  return /^content-type:\s*text\/plain/im.test(text) || !/^content-type:/im.test(head);
};

/** A reply that is only a number (「1」, 「１」, "1.") picks that item of a numbered menu. */
export const menuChoiceOf = (text: string): number | undefined => {
  const match = /^([0-9０-９]{1,2})\s*[.．)）]?$/.exec(text.trim());
  if (!match?.[1]) return undefined;
  const n = Number(match[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return n >= 1 ? n - 1 : undefined;
};

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/** Decodes a stored mail into a customer message: new text only, attachments within limits. */
export async function decodeEmail(payload: string): Promise<DecodedInbound> {
  const stored = JSON.parse(payload) as StoredMail;
  const raw = Buffer.from(stored.raw, 'base64');
  const parsed = await simpleParser(raw, {
    skipImageLinks: true,
    skipTextLinks: true,
  });
  const from = firstAddress(parsed.from);
  const automated = automatedReason(
    parsed.headers as Map<string, unknown>,
    stored.mailFrom,
    from?.address,
  );
  if (automated) return { kind: 'ignored', reason: automated };
  // A malformed From (`adminlocalhost`) falls back to the envelope sender; with neither usable,
  // the mail is kept in a conversation of its own and nothing is sent back.
  const fromAddress = from?.address?.toLowerCase();
  const envelope = stored.mailFrom.toLowerCase();
  const sender = isUsableAddress(fromAddress)
    ? fromAddress
    : isUsableAddress(envelope)
      ? envelope
      : undefined;
  const subject = parsed.subject?.trim() || null;
  // An HTML-only mail goes through our own HTML-to-text step (mailparser's own text of it
  // keeps link targets and image paths); the HTML itself is never kept.
  const plain =
    parsed.html && !hasPlainTextPart(raw) ? htmlToPlainText(parsed.html) : (parsed.text ?? '');
  const body = stripQuotedReply(plain);

  const attachments: InboundAttachment[] = [];
  const notes: string[] = [];
  for (const file of parsed.attachments) {
    // Inline images of signatures and HTML layouts are not what the customer sent us.
    if (file.related) continue;
    const filename = repairRawUtf8(file.filename ?? 'attachment')
      .replace(/[\r\n\\/]/g, '_')
      .slice(0, 200);
    if (file.size > attachmentLimits.maxBytes || attachments.length >= attachmentLimits.maxCount) {
      notes.push(`📎 ${filename} (${formatSize(file.size)}, not kept: over the limit)`);
      continue;
    }
    attachments.push({
      filename,
      contentType: file.contentType || 'application/octet-stream',
      content: file.content,
    });
    notes.push(`📎 ${filename} (${formatSize(file.size)})`);
  }
  const text = [body, notes.join('\n')].filter(Boolean).join('\n\n') || subject || '(empty mail)';
  const refs = [
    ...(typeof parsed.references === 'string' ? [parsed.references] : (parsed.references ?? [])),
    ...(parsed.inReplyTo ? [parsed.inReplyTo] : []),
  ];
  const unknownSender = `unknown:${parsed.messageId ?? createHash('sha256').update(raw).digest('hex')}`;
  return {
    kind: 'message',
    senderKey: sender ?? unknownSender,
    senderName: from?.name || null,
    senderEmail: sender,
    recipient: sender ?? '',
    text,
    attachments,
    buttonIndex: attachments.length === 0 ? menuChoiceOf(body) : undefined,
    email: {
      messageId: parsed.messageId ?? null,
      refs: [...new Set(refs.flatMap((r) => r.split(/\s+/)).filter(Boolean))],
      subject,
      replyKey: replyKeyOf(stored.rcpt, subject),
    },
  };
}
