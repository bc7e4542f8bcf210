import { type BotDecision, decideReply } from '../../bot/index.js';
import type { DomainEvent } from '../../bus/index.js';
import { notFound } from '../../errors/index.js';
import { newId } from '../../ids/index.js';
import { keepAnalysesOf, type SharedAnalyses } from '../../nlu/index.js';
import { createKeyedQueue } from '../../ordering/index.js';
import { isUniqueViolation } from '../conversation.repository.js';
import type { Conversation, Message } from '../conversation.types.js';
import {
  type ConversationContext,
  type CustomerMessageInput,
  type CustomerMessageResult,
  type FlowCheck,
  toView,
} from './context.js';
import { createCustomerTurn, pickedFaq } from './customer-turn.js';

/** A customer writes: the message, the bot's answers or a handoff, then routing. */
export function postCustomerMessageUseCase(ctx: ConversationContext) {
  const { deps, conversations, inTurn, publishAll, messageEvent, updatedEvent, factOf } = ctx;
  const { replayCustomerMessage, appendPlanned, prepareAssist, decisionPatch } =
    createCustomerTurn(ctx);

  const botTurns = createKeyedQueue();
  /** Waits for the conversation's earlier bot turns on this node; the function given lets the next in. */
  const enterBotTurn = (key: string) =>
    new Promise<() => void>((entered) => {
      void botTurns.run(key, () => new Promise<void>((done) => entered(() => done())));
    });

  return {
    /**
     * Stores the customer's message and the bot's answers in one transaction, then publishes.
     * A repeated clientMessageId returns the first result and stores nothing.
     */
    async postCustomerMessage(options: CustomerMessageInput): Promise<CustomerMessageResult> {
      const { tenantId, conversationId, clientMessageId } = options;
      // A retry is caught by the unique (conversation, clientMessageId) key below, which saves
      // the common first send a round trip.
      const index = await deps.knowledge.getIndex(tenantId);
      // Asked before the transaction: a slow model must hold no lock (nor SQLite's one writer).
      const assist = deps.assistant
        ? await prepareAssist(deps.assistant, tenantId, conversationId, options.text, index)
        : undefined;
      let events: DomainEvent[] = [];
      let isMiss = false;
      /** The FAQ answered by its own question: a pick from the bot's list. */
      let picked: string | null = null;
      let result: (CustomerMessageResult & { queued: boolean }) | undefined;
      // The message is analysed once for the bot's decision and its handoff card.
      const analyses: SharedAnalyses = new Map();
      // The bot's FAQ search, made once whether a flow's FAQ trigger or the bot asks first.
      let early: BotDecision | undefined;
      const faqAnswer = () => {
        early ??= decideReply({
          text: options.text,
          index,
          botMisses: 0,
          grounded: assist?.grounded,
          analyses,
        });
        return early.answered?.id;
      };
      // One bot turn at a time per conversation on this node, from reading its flow state to
      // storing the next: two answers sent at once must not both answer the same question.
      const leave = deps.flowTurn ? await enterBotTurn(`${tenantId}/${conversationId}`) : undefined;
      try {
        // The conversation as this node last left it (no read), taken before the flow turn so
        // that what the turn knows of its flow state is checked by the guarded append from it.
        const seen = deps.flowTurn
          ? await conversations.findForAppend(tenantId, conversationId)
          : undefined;
        const check: FlowCheck | undefined = seen && { lastSeq: seen.lastSeq };
        const turnInput = { tenantId, conversationId, text: options.text, check, faqAnswer };
        // A bot flow's turn runs before the transaction: its skills call out with no lock held.
        let flow = deps.flowTurn ? await deps.flowTurn(turnInput) : undefined;
        let isFlowWritten = false;
        try {
          // In turn from the write to the publish (see `inTurn`).
          result = await inTurn(tenantId, conversationId, async () => {
            const handoff: { seen?: Conversation; decision?: BotDecision } = {};
            // This node may have appended meanwhile (a message sent just before): start from that.
            const latest = seen && (conversations.peekForAppend(tenantId, conversationId) ?? seen);
            const moved = latest !== seen;
            const known = {
              seen: latest,
              // What the turn assumed holds only for an append from the number it was given.
              isOnce: check?.assumed && !moved,
              policy: early?.policy,
              wasStale: false,
            };
            let planned =
              flow || (check?.assumed && moved)
                ? undefined
                : await appendPlanned(options, index, assist, handoff, known, analyses);
            if (!planned && !flow && check?.assumed && deps.flowTurn && (moved || known.wasStale)) {
              // Known to have no flow, but the conversation changed since: another node may have
              // started one. Read it, then answer as usual.
              flow = await deps.flowTurn({
                ...turnInput,
                check: { lastSeq: check.lastSeq, recheck: true },
              });
              if (!flow) {
                planned = await appendPlanned(
                  options,
                  index,
                  assist,
                  handoff,
                  { policy: early?.policy },
                  analyses,
                );
              }
            } else if (!planned && !flow && check?.assumed && deps.flowTurn) {
              // A handoff or a reopening, in the transaction: its flow state is read first.
              flow = await deps.flowTurn({
                ...turnInput,
                check: { lastSeq: check.lastSeq, recheck: true },
              });
            }
            if (planned) {
              events = planned.events;
              isMiss = planned.isMiss;
              picked = planned.picked;
              if (check?.absent && planned.fromSeq === check.lastSeq) {
                deps.flowIdle?.(tenantId, conversationId, planned.lastSeq);
              }
            }
            // Read before the transaction (no reads on other connections while it holds the lock).
            const closedFor = planned ? undefined : await deps.closedHours?.(tenantId);
            const written =
              planned ??
              (await conversations.transaction(async (tx) => {
                const before = await tx.find(tenantId, conversationId, true);
                if (!before) throw notFound('Conversation');
                // A customer writing into a resolved conversation reopens it to the bot.
                const reopen =
                  before.status === 'resolved'
                    ? ({ status: 'bot', assigneeId: null, botMisses: 0, handoff: null } as const)
                    : {};
                const conversation: Conversation = { ...before, ...reopen };
                if (before.status === 'resolved')
                  events.push(updatedEvent(conversation, 'resolved'));
                await options.alsoWrite?.(tx.db);
                if (flow && conversation.status === 'bot') {
                  await flow.write(tx.db);
                  isFlowWritten = true;
                }
                const customer = {
                  id: newId('msg'),
                  author: 'customer' as const,
                  text: options.text,
                  clientMessageId: clientMessageId ?? null,
                };
                if (conversation.status !== 'bot') {
                  const [message] = await tx.appendMessages(
                    tenantId,
                    conversationId,
                    [customer],
                    reopen,
                  );
                  events.push(messageEvent(conversation, message as Message));
                  return { message: toView(message as Message), replies: [], queued: false };
                }

                const closed = closedFor?.(conversation.language);
                // The handoff decided before the transaction stands when it was decided on the
                // same conversation (and support is open): the bot's decision depends on nothing else.
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
                const decision: BotDecision = decided
                  ? decided
                  : flow
                    ? {
                        language: (conversation.language ?? 'ja') as BotDecision['language'],
                        replies: flow.replies,
                        handoff: flow.handoff ? 'requested' : null,
                        botMisses: conversation.botMisses,
                        answered: null,
                      }
                    : decideReply({
                        text: options.text,
                        index,
                        botMisses: conversation.botMisses,
                        fallbackLanguage: conversation.language,
                        grounded: assist?.grounded,
                        closed,
                        isForm: options.form !== undefined,
                        policy: early?.policy,
                        analyses,
                      });
                // A miss is counted only when the bot had no answer (not greetings or handoff requests).
                isMiss = decision.botMisses > conversation.botMisses;
                picked = pickedFaq(decision, options.text);
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
                  index,
                  [customer, ...replies],
                  assist?.summary,
                  options.form,
                  analyses,
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
                if (stored.length > 0)
                  await deps.recordFact?.(tx.db, factOf('bot_answered', after));
                if (after.status === 'queued' && conversation.status === 'bot') {
                  await deps.recordFact?.(
                    tx.db,
                    factOf('handed_off', after, { category: after.handoff?.intent ?? null }),
                  );
                }
                for (const m of [message as Message, ...stored])
                  events.push(messageEvent(after, m));
                if (after.status !== conversation.status) {
                  events.push(updatedEvent(after, conversation.status));
                }
                return {
                  message: toView(message as Message),
                  replies: stored.map(toView),
                  queued: after.status === 'queued',
                };
              }));
            // Readers of the message's event (its call-reason terms) find its analyses done.
            keepAnalysesOf(written.message.id, analyses);
            publishAll(events);
            if (isFlowWritten) flow?.afterCommit?.();
            return written;
          });
        } catch (error) {
          // A retried or concurrent send of one clientMessageId answers with the first result.
          if (clientMessageId && isUniqueViolation(error)) {
            const replay = await replayCustomerMessage(tenantId, conversationId, clientMessageId);
            if (replay) return replay;
          }
          throw error;
        }
      } finally {
        leave?.();
      }
      if (isMiss) {
        await deps.knowledge.recordUnanswered(tenantId, { conversationId, text: options.text });
      }
      if (picked) {
        await deps.knowledge.recordListChoice(tenantId, {
          conversationId,
          faqId: picked,
          text: options.text,
        });
      }
      if (result.queued) await deps.route(tenantId);
      return { message: result.message, replies: result.replies };
    },
  };
}
