import {
  type BotAssist,
  type BotAssistant,
  type BotDecision,
  buildHandoffCard,
  decideReply,
  type FormFields,
  type HandoffCard,
  readingOf,
} from '../../bot/index.js';
import type { DomainEvent } from '../../bus/index.js';
import { notFound } from '../../errors/index.js';
import { newId } from '../../ids/index.js';
import type { FaqIndex, PolicyDecision, SharedAnalyses } from '../../nlu/index.js';
import type { ConversationPatch, ConversationQueries } from '../conversation.repository.js';
import type { Author, Conversation, Message } from '../conversation.types.js';
import {
  type ConversationContext,
  type CustomerMessageInput,
  type CustomerMessageResult,
  toView,
} from './context.js';

/** How many of a conversation's latest messages its handoff card is made from. */
export const HANDOFF_CARD_MESSAGES = 50;

/** A handoff card made before the transaction, from the conversation's messages up to `atSeq`. */
export type PreparedCard = { card: HandoffCard; atSeq: number };

/** The bot's side of a customer message: its reading of the conversation and what it changes. */
export function createCustomerTurn(ctx: ConversationContext) {
  const { deps, conversations, factOf, messageEvent } = ctx;

  async function replayCustomerMessage(
    tenantId: string,
    conversationId: string,
    clientMessageId: string,
  ) {
    const first = await conversations.findByClientMessageId(
      tenantId,
      conversationId,
      clientMessageId,
    );
    if (!first) return undefined;
    const replies = await conversations.listReplies(tenantId, conversationId, first.id);
    return { message: toView(first), replies: replies.map(toView) };
  }

  /**
   * The common customer-message path, without a transaction held open: the conversation is
   * read here (or taken from what the last append left), the bot decides on what was read,
   * and the write applies only if the conversation is still as read, else it is read again, a
   * few times. On SQLite the write runs on the writer thread, on PostgreSQL it is a single
   * statement. Reopening a resolved conversation and a handoff (whose card reads the history
   * under the lock) take the transaction instead, as does a conversation that keeps changing;
   * `undefined` says so.
   */
  async function appendPlanned(
    options: CustomerMessageInput,
    index: FaqIndex,
    assist: BotAssist | undefined,
    /** Filled in when the bot's decision is a handoff: what it was decided on, for the transaction. */
    handoff: { seen?: Conversation; decision?: BotDecision } = {},
    known: {
      /** The conversation as already looked up for this message (the first attempt's). */
      seen?: Conversation | undefined;
      /** One attempt only: a stale conversation is left to the caller (a flow may have started). */
      isOnce?: boolean | undefined;
      /** Set here when the conversation had changed since `seen` and nothing was written. */
      wasStale?: boolean;
      /** The answer policy's verdict on this text, when already searched. */
      policy?: PolicyDecision | undefined;
    } = {},
    /** The message's analyses, shared with its handoff card (see decideReply). */
    analyses?: SharedAnalyses,
  ): Promise<
    | (CustomerMessageResult & {
        queued: boolean;
        events: DomainEvent[];
        isMiss: boolean;
        picked: string | null;
        /** The last sequence number the append started from, and the one it left. */
        fromSeq: number;
        lastSeq: number;
      })
    | undefined
  > {
    const { tenantId, conversationId } = options;
    for (let attempt = 0; attempt < (known.isOnce ? 1 : 3); attempt++) {
      // First from what the last append left (checked as it writes), then from storage.
      const seen =
        attempt === 0
          ? (known.seen ?? (await conversations.findForAppend(tenantId, conversationId)))
          : await conversations.find(tenantId, conversationId);
      if (!seen) throw notFound('Conversation');
      if (seen.status === 'resolved') return undefined;
      const customer = {
        id: newId('msg'),
        author: 'customer' as const,
        text: options.text,
        clientMessageId: options.clientMessageId ?? null,
      };
      if (seen.status !== 'bot') {
        const stored = await conversations.appendIfUnchanged(
          seen,
          [customer],
          {},
          options.alsoWrite,
        );
        if (stored === 'unavailable') return undefined;
        if (stored === 'stale') {
          known.wasStale = true;
          continue;
        }
        if (stored === 'missing') throw notFound('Conversation');
        const message = stored[0] as Message;
        return {
          message: toView(message),
          replies: [],
          queued: false,
          events: [messageEvent(seen, message)],
          isMiss: false,
          picked: null,
          fromSeq: seen.lastSeq,
          lastSeq: seen.lastSeq + 1,
        };
      }
      const decision = decideReply({
        text: options.text,
        index,
        botMisses: seen.botMisses,
        fallbackLanguage: seen.language,
        grounded: assist?.grounded,
        isForm: options.form !== undefined,
        policy: known.policy,
        analyses,
      });
      if (decision.handoff) {
        handoff.seen = seen;
        handoff.decision = decision;
        return undefined;
      }
      const replies = decision.replies.map((reply) => ({
        id: newId('msg'),
        author: 'bot' as const,
        text: reply.text,
        buttons: reply.buttons,
        replyTo: customer.id,
      }));
      const patch: ConversationPatch = {
        botMisses: decision.botMisses,
        language: seen.language ?? decision.language,
      };
      const after: Conversation = { ...seen, ...patch };
      const stored = await conversations.appendIfUnchanged(
        seen,
        [customer, ...replies],
        patch,
        (options.alsoWrite || deps.enqueueOutbound || deps.recordFact) &&
          (async (tx, messages) => {
            await options.alsoWrite?.(tx);
            await deps.enqueueOutbound?.(tx, after, messages.slice(1));
            if (messages.length > 1) await deps.recordFact?.(tx, factOf('bot_answered', after));
          }),
      );
      if (stored === 'unavailable') return undefined;
      if (stored === 'stale') {
        known.wasStale = true;
        continue;
      }
      if (stored === 'missing') throw notFound('Conversation');
      const [message, ...sent] = stored as [Message, ...Message[]];
      return {
        message: toView(message),
        replies: sent.map(toView),
        queued: false,
        events: [message, ...sent].map((m) => messageEvent(after, m)),
        isMiss: decision.botMisses > seen.botMisses,
        picked: pickedFaq(decision, options.text),
        fromSeq: seen.lastSeq,
        lastSeq: seen.lastSeq + 1 + sent.length,
      };
    }
    return undefined;
  }

  /** The model's help for a message to a conversation the bot holds (or a resolved one it reopens). */
  async function prepareAssist(
    assistant: BotAssistant,
    tenantId: string,
    conversationId: string,
    text: string,
    index: FaqIndex,
  ): Promise<BotAssist | undefined> {
    const seen = await conversations.find(tenantId, conversationId);
    if (!seen || (seen.status !== 'bot' && seen.status !== 'resolved')) return undefined;
    return assistant.prepare({
      text,
      index,
      botMisses: seen.status === 'resolved' ? 0 : seen.botMisses,
      fallbackLanguage: seen.language,
      history: () => conversations.listMessages(tenantId, conversationId),
    });
  }

  /**
   * The card of a handoff decided on `conversation`: its latest messages (read from `queries`,
   * the transaction's or none) and this turn's. About what the customer wants now, not the
   * whole history.
   */
  async function cardOf(
    queries: Pick<ConversationQueries, 'listLastTurns'>,
    conversation: Conversation,
    input: {
      reason: HandoffCard['reason'];
      language: BotDecision['language'];
      index: FaqIndex;
      turn: { author: Author; text: string }[];
      summary: string | null | undefined;
      form: FormFields | undefined;
      analyses: SharedAnalyses | undefined;
    },
    /** Outside a transaction, the words are read on the answer policy's thread when it can. */
    isOffThread: boolean,
  ): Promise<HandoffCard> {
    const { tenantId } = conversation;
    const { turn, ...card } = input;
    const history = await queries.listLastTurns(tenantId, conversation.id, HANDOFF_CARD_MESSAGES);
    const messages = [...history, ...turn];
    const reading =
      isOffThread && deps.policyThread
        ? await deps.policyThread.read(tenantId, card.index, {
            ...readingOf(messages),
            withSummary: !card.summary,
          })
        : undefined;
    return buildHandoffCard({
      ...card,
      messages,
      classifyIntent: deps.classifyIntent
        ? (text) => deps.classifyIntent?.(tenantId, text)?.name ?? null
        : undefined,
      reading,
    });
  }

  /**
   * The card of the handoff decided before the transaction, made before it too: reading the
   * customer's words (their analysis and a FAQ search, about a millisecond) then holds no lock
   * and, with the answer policy's thread, not the event loop either. The transaction takes it
   * when the conversation has not moved since it was read (else it makes the card again).
   */
  async function prepareCard(
    options: CustomerMessageInput,
    index: FaqIndex,
    handoff: { seen?: Conversation; decision?: BotDecision },
    summary: string | null | undefined,
    analyses: SharedAnalyses,
  ): Promise<PreparedCard | undefined> {
    const { seen, decision } = handoff;
    if (!seen || !decision?.handoff) return undefined;
    const turn = [
      { author: 'customer' as const, text: options.text },
      ...decision.replies.map((reply) => ({ author: 'bot' as const, text: reply.text })),
    ];
    const card = await cardOf(
      conversations,
      seen,
      {
        reason: decision.handoff,
        language: decision.language,
        index,
        turn,
        summary,
        form: options.form,
        analyses,
      },
      true,
    );
    return { card, atSeq: seen.lastSeq };
  }

  /** What the bot's decision changes on the conversation (read inside the caller's transaction). */
  async function decisionPatch(
    tx: ConversationQueries,
    conversation: Conversation,
    decision: BotDecision,
    index: FaqIndex,
    turn: { author: Author; text: string }[],
    summary?: string | null,
    form?: FormFields,
    analyses?: SharedAnalyses,
    /** The card made before the transaction, from the conversation as it still is. */
    prepared?: HandoffCard,
  ): Promise<ConversationPatch> {
    const language = conversation.language ?? decision.language;
    if (!decision.handoff) return { botMisses: decision.botMisses, language };
    const handoff =
      prepared ??
      (await cardOf(
        tx,
        conversation,
        {
          reason: decision.handoff,
          language: decision.language,
          index,
          turn,
          summary,
          form,
          analyses,
        },
        false,
      ));
    return {
      status: 'queued',
      handoff,
      botMisses: decision.botMisses,
      queuedAt: new Date().toISOString(),
      language,
    };
  }

  return { replayCustomerMessage, appendPlanned, prepareAssist, prepareCard, decisionPatch };
}

/** A message that is exactly a FAQ's question (a list button) and was answered by it. */
export function pickedFaq(
  decision: { answered: { id: string; question: string } | null },
  text: string,
) {
  const answered = decision.answered;
  return answered && answered.question.trim() === text.trim() ? answered.id : null;
}
