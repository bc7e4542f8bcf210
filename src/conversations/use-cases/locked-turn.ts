import {
  type BotAssist,
  type BotDecision,
  type ClosedHours,
  decideReply,
} from '../../bot/index.js';
import type { DomainEvent } from '../../bus/index.js';
import { notFound } from '../../errors/index.js';
import { newId } from '../../ids/index.js';
import type { FaqIndex, PolicyDecision, SharedAnalyses } from '../../nlu/index.js';
import type { ConversationQueries } from '../conversation.repository.js';
import type { Conversation, Message } from '../conversation.types.js';
import {
  type ConversationContext,
  type ConversationServiceDeps,
  type CustomerMessageInput,
  type CustomerMessageResult,
  toView,
} from './context.js';
import { type createCustomerTurn, type PreparedCard, pickedFaq } from './customer-turn.js';

/** A bot flow's turn, as `flowTurn` gave it. */
export type FlowTurn = NonNullable<
  Awaited<ReturnType<NonNullable<ConversationServiceDeps['flowTurn']>>>
>;

/** What the turn under the lock starts from, all of it decided or read before the lock. */
export type LockedTurnInput = {
  options: CustomerMessageInput;
  index: FaqIndex;
  assist: BotAssist | undefined;
  flow: FlowTurn | undefined;
  /** The bot's handoff decided before the lock, and on which conversation. */
  handoff: { seen?: Conversation; decision?: BotDecision };
  closedFor: ((language: string | null) => ClosedHours | null) | undefined;
  policy: PolicyDecision | undefined;
  analyses: SharedAnalyses;
  /** The card of the handoff decided before the lock, made before it too. */
  card?: PreparedCard | undefined;
};

export type LockedTurnResult = {
  written: CustomerMessageResult & { queued: boolean };
  events: DomainEvent[];
  /** The bot had no answer (a miss, counted toward the handoff). */
  isMiss: boolean;
  /** The FAQ the customer picked from the bot's list, if they did. */
  picked: string | null;
  /** The flow's state was stored with the message (its after-commit work is due). */
  isFlowWritten: boolean;
};

/**
 * A customer message written inside the conversation's transaction: the paths the lock-free
 * append leaves to it — reopening a resolved conversation, a handoff (its card reads the
 * history under the lock), a flow's turn, a message to a conversation a person holds.
 */
export function createLockedTurn(
  ctx: ConversationContext,
  decisionPatch: ReturnType<typeof createCustomerTurn>['decisionPatch'],
) {
  const { deps, messageEvent, updatedEvent, factOf } = ctx;

  return async function lockedTurn(
    tx: ConversationQueries,
    turn: LockedTurnInput,
  ): Promise<LockedTurnResult> {
    const { options, flow, handoff, analyses } = turn;
    const { tenantId, conversationId } = options;
    const events: DomainEvent[] = [];
    const before = await tx.find(tenantId, conversationId, true);
    if (!before) throw notFound('Conversation');
    // A customer writing into a resolved conversation reopens it to the bot.
    const reopen =
      before.status === 'resolved'
        ? ({ status: 'bot', assigneeId: null, botMisses: 0, handoff: null } as const)
        : {};
    const conversation: Conversation = { ...before, ...reopen };
    if (before.status === 'resolved') events.push(updatedEvent(conversation, 'resolved'));
    await options.alsoWrite?.(tx.db);
    let isFlowWritten = false;
    if (flow && conversation.status === 'bot') {
      await flow.write(tx.db);
      isFlowWritten = true;
    }
    const customer = {
      id: newId('msg'),
      author: 'customer' as const,
      text: options.text,
      clientMessageId: options.clientMessageId ?? null,
    };
    if (conversation.status !== 'bot') {
      const [message] = await tx.appendMessages(tenantId, conversationId, [customer], reopen);
      events.push(messageEvent(conversation, message as Message));
      return {
        written: { message: toView(message as Message), replies: [], queued: false },
        events,
        isMiss: false,
        picked: null,
        isFlowWritten,
      };
    }

    const closed = turn.closedFor?.(conversation.language);
    // The handoff decided before the transaction stands when it was decided on the same
    // conversation (and support is open): the bot's decision depends on nothing else.
    const decided =
      !flow &&
      !closed &&
      handoff.decision &&
      handoff.seen?.status === 'bot' &&
      before.status === 'bot' &&
      handoff.seen.botMisses === conversation.botMisses &&
      handoff.seen.language === conversation.language
        ? handoff.decision
        : undefined;
    const decision: BotDecision =
      decided ??
      (flow
        ? {
            language: (conversation.language ?? 'ja') as BotDecision['language'],
            replies: flow.replies,
            handoff: flow.handoff ? 'requested' : null,
            botMisses: conversation.botMisses,
            answered: null,
          }
        : decideReply({
            text: options.text,
            index: turn.index,
            botMisses: conversation.botMisses,
            fallbackLanguage: conversation.language,
            grounded: turn.assist?.grounded,
            closed,
            isForm: options.form !== undefined,
            policy: turn.policy,
            analyses,
          }));
    const replies = decision.replies.map((reply) => ({
      author: 'bot' as const,
      text: reply.text,
      buttons: reply.buttons,
      replyTo: customer.id,
    }));
    const patch = await decisionPatch(
      tx,
      conversation,
      decision,
      turn.index,
      [customer, ...replies],
      turn.assist?.summary,
      options.form,
      analyses,
      // Made from the messages up to the number the conversation still has: the same card.
      decided && turn.card?.atSeq === before.lastSeq ? turn.card.card : undefined,
    );
    if (flow && patch.handoff && Object.keys(flow.variables).length > 0) {
      patch.handoff = { ...patch.handoff, variables: flow.variables };
    }
    const [message, ...stored] = await tx.appendMessages(
      tenantId,
      conversationId,
      [customer, ...replies],
      { ...reopen, ...patch },
    );
    const after: Conversation = { ...conversation, ...patch };
    await deps.enqueueOutbound?.(tx.db, after, stored);
    if (stored.length > 0) await deps.recordFact?.(tx.db, factOf('bot_answered', after));
    if (after.status === 'queued' && conversation.status === 'bot') {
      await deps.recordFact?.(
        tx.db,
        factOf('handed_off', after, { category: after.handoff?.intent ?? null }),
      );
    }
    for (const m of [message as Message, ...stored]) events.push(messageEvent(after, m));
    if (after.status !== conversation.status) events.push(updatedEvent(after, conversation.status));
    return {
      written: {
        message: toView(message as Message),
        replies: stored.map(toView),
        queued: after.status === 'queued',
      },
      events,
      // A miss is counted only when the bot had no answer (not greetings or handoff requests).
      isMiss: decision.botMisses > conversation.botMisses,
      picked: pickedFaq(decision, options.text),
      isFlowWritten,
    };
  };
}
