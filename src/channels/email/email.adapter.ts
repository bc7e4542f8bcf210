import type { ChannelRepository } from '../channel.repository.js';
import type {
  ChannelAdapter,
  DeliveryTarget,
  OutboundMessage,
  SendOutcome,
} from '../channel.types.js';
import type { Mailer } from './mailer.js';
import { decodeEmail, isUsableAddress } from './parse-email.js';

const domainOf = (address: string) => address.split('@').pop() ?? 'localhost';

/** `support@shop.test` + key → `support+r<key>@shop.test`: replies find their conversation. */
export const replyAddressOf = (address: string, replyKey: string) => {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}+r${replyKey}${address.slice(at)}`;
};

export const messageIdOf = (id: string, from: string) => `<${id}@${domainOf(from)}>`;

const replySubject = (subject: string | null, fallback: string) =>
  subject ? (/^(re|aw|sv)\s*:/i.test(subject) ? subject : `Re: ${subject}`) : fallback;

/** Bot buttons become a numbered list the customer can copy into a reply. */
export const encodeEmailText = (messages: OutboundMessage[]): string =>
  messages
    .map((m) => {
      const lines = [m.text];
      if (m.buttons?.length) lines.push('', ...m.buttons.map((b, i) => `  ${i + 1}. ${b.label}`));
      return lines.join('\n');
    })
    .join('\n\n');

export function createEmailAdapter(deps: {
  mailer: Mailer;
  /** Sender when the tenant has no email channel (form replies). */
  defaultFrom: string;
  threads: Pick<ChannelRepository, 'linkKey' | 'updateThread'>;
  /** The files an agent attached to the messages being mailed. */
  files?: Pick<ChannelRepository, 'listMessageAttachments'>;
  type?: 'email' | 'form';
}): ChannelAdapter {
  return {
    type: deps.type ?? 'email',
    capabilities: { buttons: 'text', attachments: 'stored', replyWindowMs: null },
    decode: decodeEmail,
    async send(target: DeliveryTarget, messages: OutboundMessage[]): Promise<SendOutcome> {
      const { channel, thread } = target;
      const first = messages[0];
      if (!first) return { status: 'sent' };
      if (!isUsableAddress(thread.recipient)) {
        return { status: 'failed', error: 'the sender left no address to reply to' };
      }
      const from = channel?.address ?? deps.defaultFrom;
      const messageId = messageIdOf(first.id, from);
      // Linked before sending, so a quick answer to this mail finds its conversation.
      await deps.threads.linkKey(thread.tenantId, 'email', messageId, thread.conversationId);
      const references = thread.threadRefs.slice(-20);
      const isAutomated = messages.every((m) => m.author !== 'agent');
      const agentIds = messages.filter((m) => m.author === 'agent').map((m) => m.id);
      const attachments = deps.files
        ? await deps.files.listMessageAttachments(thread.tenantId, agentIds)
        : [];
      const outcome = await deps.mailer.send({
        from:
          first.author === 'agent' && first.authorName
            ? `"${first.authorName.replace(/"/g, '')}" <${from}>`
            : from,
        to: thread.recipient,
        replyTo: channel?.address ? replyAddressOf(channel.address, thread.replyKey) : undefined,
        subject: replySubject(thread.subject, 'お問い合わせ / Your inquiry'),
        text: encodeEmailText(messages),
        attachments: attachments.map(({ filename, contentType, content }) => ({
          filename,
          contentType,
          content,
        })),
        // The message id is derived from ours, so a resend after a crash is the same mail to the client.
        messageId,
        inReplyTo: thread.lastInboundRef ?? undefined,
        references,
        // RFC 3834: the bot's answers are automatic, so the customer's autoresponder stays quiet.
        ...(isAutomated ? { headers: { 'Auto-Submitted': 'auto-replied' } } : {}),
      });
      if (outcome.status === 'sent') {
        await deps.threads.updateThread(thread.tenantId, thread.conversationId, {
          threadRefs: [...references, messageId].slice(-20),
        });
      }
      return outcome;
    },
  };
}
