import { type Bucket, enforce, type LimitStore, type Take } from './rate-limiter.js';

/**
 * The limits of the public endpoints (widget, form, transcripts). Each is far above what a
 * person does — a customer sending 10 messages at once and one a second after that, an
 * address opening a conversation every few seconds — and far below a script.
 */
const base = {
  /** Customer messages, per conversation: 20 at once, 2 a second after that. */
  messagePerConversation: { burst: 20, perSecond: 2 },
  /** Per client address (an office behind one NAT holds many customers). */
  messagePerAddress: { burst: 100, perSecond: 10 },
  messagePerWidgetKey: { burst: 5000, perSecond: 1000 },
  /** Reads (history, catching up after a reconnect). */
  readPerConversation: { burst: 60, perSecond: 5 },
  readPerAddress: { burst: 300, perSecond: 30 },
  readPerWidgetKey: { burst: 20_000, perSecond: 5000 },
  /** New conversations: 30 at once, then one a second per address. */
  conversationPerAddress: { burst: 30, perSecond: 1 },
  conversationPerWidgetKey: { burst: 1000, perSecond: 100 },
  /** Inquiry forms: 10 at once, then one every 5 s per address. */
  formPerAddress: { burst: 10, perSecond: 0.2 },
  formPerWidgetKey: { burst: 200, perSecond: 5 },
  /** Mail to customers on their request (transcripts): a handful, then a few an hour. */
  mailPerConversation: { burst: 3, perSecond: 1 / 600 },
  mailPerContact: { burst: 5, perSecond: 1 / 600 },
  mailPerAddress: { burst: 10, perSecond: 1 / 120 },
  mailPerTenant: { burst: 500, perSecond: 1 },
  /** Confirmation mails to one recipient (an address typed into a form): 3, then one an hour. */
  confirmationPerRecipient: { burst: 3, perSecond: 1 / 3600 },
  /** Single sign-on starts per address: 10 at once, then one every 5 s. */
  ssoStartPerAddress: { burst: 10, perSecond: 0.2 },
} satisfies Record<string, Bucket>;

export type PublicLimitName = keyof typeof base;

export type PublicLimits = ReturnType<typeof createPublicLimits>;

/**
 * `factor` multiplies every limit (an installation with unusual traffic, a load test whose
 * customers send flat out); 0 turns them off.
 */
export function createPublicLimits(store: LimitStore, factor = 1) {
  const rules = Object.fromEntries(
    Object.entries(base).map(([name, b]) => [
      name,
      { burst: b.burst * factor, perSecond: b.perSecond * factor },
    ]),
  ) as Record<PublicLimitName, Bucket>;
  const isOff = factor === 0;
  const run = (what: string, takes: Take[]): Promise<void> =>
    isOff ? Promise.resolve() : enforce(store, takes, what);
  return {
    /** A customer message to a conversation. */
    message: (p: { widgetKey: string; address: string; conversationId: string }) =>
      run('messages', [
        { rule: rules.messagePerConversation, key: `m:c:${p.conversationId}` },
        { rule: rules.messagePerAddress, key: `m:a:${p.address}` },
        { rule: rules.messagePerWidgetKey, key: `m:k:${p.widgetKey}` },
      ]),
    /** A read of a conversation (history, catch-up). */
    read: (p: { widgetKey: string; address: string; conversationId?: string }) =>
      run('requests', [
        ...(p.conversationId
          ? [{ rule: rules.readPerConversation, key: `r:c:${p.conversationId}` }]
          : []),
        { rule: rules.readPerAddress, key: `r:a:${p.address}` },
        { rule: rules.readPerWidgetKey, key: `r:k:${p.widgetKey}` },
      ]),
    conversation: (p: { widgetKey: string; address: string }) =>
      run('new conversations', [
        { rule: rules.conversationPerAddress, key: `c:a:${p.address}` },
        { rule: rules.conversationPerWidgetKey, key: `c:k:${p.widgetKey}` },
      ]),
    form: (p: { widgetKey: string; address: string }) =>
      run('forms', [
        { rule: rules.formPerAddress, key: `f:a:${p.address}` },
        { rule: rules.formPerWidgetKey, key: `f:k:${p.widgetKey}` },
      ]),
    /** Mail a customer asked for (a transcript). */
    mail: (p: { tenantId: string; contactId: string; conversationId: string; address: string }) =>
      run('mails', [
        { rule: rules.mailPerConversation, key: `t:c:${p.conversationId}` },
        { rule: rules.mailPerContact, key: `t:p:${p.tenantId}:${p.contactId}` },
        { rule: rules.mailPerAddress, key: `t:a:${p.address}` },
        { rule: rules.mailPerTenant, key: `t:t:${p.tenantId}` },
      ]),
    /** A confirmation mail to an address nobody has proven yet. */
    confirmation: (p: { tenantId: string; recipient: string }) =>
      run('confirmation mails', [
        { rule: rules.confirmationPerRecipient, key: `v:r:${p.recipient.toLowerCase()}` },
        { rule: rules.mailPerTenant, key: `t:t:${p.tenantId}` },
      ]),
    /** The start of a single sign-on (answers whether a domain has a workspace). */
    ssoStart: (p: { address: string }) =>
      run('sign-in attempts', [{ rule: rules.ssoStartPerAddress, key: `s:a:${p.address}` }]),
  };
}
