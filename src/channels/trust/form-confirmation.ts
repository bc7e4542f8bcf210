import type { ConversationService } from '../../conversations/index.js';
import { AppError } from '../../errors/index.js';
import type { ChannelRepository } from '../channel.repository.js';
import { newReplyKey } from '../channel.service.js';
import { signLink, verifyLink } from '../links/signed-link.js';
import type { OutboundService } from '../outbound.service.js';
import type { InstallationKeys } from '../secret-box.js';
import type { TrustRepository } from './trust.repository.js';

export type FormInput = {
  name: string;
  email: string;
  subject?: string | undefined;
  text: string;
  language?: string | undefined;
};

const confirmationText = {
  ja: (tenant: string, link: string) => ({
    subject: `【${tenant}】お問い合わせの確認`,
    text: [
      `${tenant}へのお問い合わせフォームに、このメールアドレスが入力されました。`,
      'お問い合わせを送るには、次のリンクを開いて確認してください（3日間有効）。',
      '',
      link,
      '',
      '心当たりがない場合は、このメールを破棄してください。お問い合わせは送られず、このアドレスに今後メールが届くこともありません。',
    ].join('\n'),
  }),
  en: (tenant: string, link: string) => ({
    subject: `${tenant}: please confirm your inquiry`,
    text: [
      `This email address was entered in ${tenant}'s inquiry form.`,
      'To send the inquiry, open this link and confirm (valid for 3 days):',
      '',
      link,
      '',
      'If this was not you, ignore this mail: nothing is sent and no more mail comes to this address.',
    ].join('\n'),
  }),
};

const purposeOf = (conversationId: string) => `form:${conversationId}`;

/**
 * The inquiry form mails an address anyone can type, so that address first gets only a
 * confirmation link in the system's own words. The inquiry reaches the conversation (and the
 * bot's and agents' answers leave by mail) once the link is followed.
 */
export function createFormConfirmation(deps: {
  channels: ChannelRepository;
  trust: TrustRepository;
  outbound: Pick<OutboundService, 'queueNotice'>;
  keys: InstallationKeys;
  conversations: () => Pick<ConversationService, 'startConversation' | 'postCustomerMessage'>;
  tenantName: (tenantId: string) => Promise<string>;
}) {
  return {
    /** Opens the conversation (empty until confirmed) and queues the confirmation mail. */
    async submit(tenantId: string, input: FormInput, baseUrl: string) {
      const email = input.email.trim().toLowerCase();
      // No external id: an unconfirmed address joins nobody's contact or history.
      const { conversation } = await deps.conversations().startConversation({
        tenantId,
        channel: 'form',
        contact: { name: input.name, email },
        language: input.language,
      });
      const emailChannel = await deps.channels.findEmailChannel(tenantId);
      await deps.channels.insertThread({
        conversationId: conversation.id,
        tenantId,
        channelId: emailChannel?.id ?? null,
        recipient: email,
        subject: input.subject ?? null,
        replyKey: newReplyKey(),
        replyToken: null,
        replyTokenAt: null,
        lastInboundRef: null,
        threadRefs: [],
        isBlocked: false,
      });
      await deps.trust.insertFormSubmission({
        conversationId: conversation.id,
        tenantId,
        contactId: conversation.contactId,
        email,
        name: input.name,
        subject: input.subject ?? null,
        text: input.subject ? `${input.subject}\n\n${input.text}` : input.text,
        createdAt: new Date().toISOString(),
        confirmedAt: null,
      });
      const token = signLink(deps.keys.links, {
        tenantId,
        contactId: conversation.contactId,
        purpose: purposeOf(conversation.id),
        expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      });
      const lang = input.language === 'ja' || !input.language ? 'ja' : 'en';
      const link = `${baseUrl}/confirm/form?token=${encodeURIComponent(token)}&lang=${lang}`;
      const mail = confirmationText[lang](await deps.tenantName(tenantId), link);
      await deps.outbound.queueNotice(tenantId, conversation.id, {
        to: email,
        ...mail,
        key: 'form-confirmation',
      });
      return { conversationId: conversation.id, contactId: conversation.contactId };
    },

    /** The link from the mail: the address is proven and the inquiry is posted (once). */
    async confirm(token: string): Promise<{ conversationId: string }> {
      const check = verifyLink(deps.keys.links, token);
      const purpose = check.isValid ? check.claims.purpose : '';
      if (!check.isValid || !purpose.startsWith('form:')) {
        throw new AppError('unauthorized', 'The confirmation link is not valid or has expired');
      }
      const { tenantId, contactId } = check.claims;
      const conversationId = purpose.slice('form:'.length);
      const submission = await deps.trust.findFormSubmission(tenantId, conversationId);
      if (!submission || submission.contactId !== contactId) {
        throw new AppError('unauthorized', 'The confirmation link is not valid or has expired');
      }
      if (!submission.confirmedAt) {
        await deps.trust.markContactEmailVerified(tenantId, contactId, submission.email);
        await deps.trust.confirmFormSubmission(tenantId, conversationId);
      }
      // Idempotent: a second click (or a crash between the writes) posts the inquiry once.
      await deps.conversations().postCustomerMessage({
        tenantId,
        conversationId,
        text: submission.text,
        clientMessageId: 'form',
        // A form always reaches a person: queued, with what the customer filled in.
        form: { name: submission.name, email: submission.email, subject: submission.subject },
      });
      return { conversationId };
    },
  };
}

export type FormConfirmation = ReturnType<typeof createFormConfirmation>;
