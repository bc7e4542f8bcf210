import { type BotDecision, decideReply } from '../../bot/index.js';
import { isUniqueViolation } from '../../db/index.js';
import { keepAnalysesOf, type SharedAnalyses } from '../../nlu/index.js';
import { createKeyedQueue } from '../../ordering/index.js';
import type { Conversation } from '../conversation.types.js';
import type {
  ConversationContext,
  CustomerMessageInput,
  CustomerMessageResult,
  FlowCheck,
} from './context.js';
import { createCustomerTurn } from './customer-turn.js';
import { createLockedTurn, type LockedTurnResult } from './locked-turn.js';

/** A customer writes: the message, the bot's answers or a handoff, then routing. */
export function postCustomerMessageUseCase(ctx: ConversationContext) {
  const { deps, conversations, inTurn, publishAll } = ctx;
  const { replayCustomerMessage, appendPlanned, prepareAssist, prepareCard, decisionPatch } =
    createCustomerTurn(ctx);
  const lockedTurn = createLockedTurn(ctx, decisionPatch);

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
      let result: LockedTurnResult;
      // The message is analysed once for the bot's decision and its handoff card.
      const analyses: SharedAnalyses = new Map();
      // The FAQ search and its verdict, from the policy's thread when it has them: the event
      // loop only reads them.
      const offThread = deps.policyThread
        ? await deps.policyThread.decide(tenantId, index, options.text)
        : undefined;
      if (offThread) for (const [key, tokens] of offThread.analyses) analyses.set(key, tokens);
      // The bot's FAQ search, made once whether a flow's FAQ trigger or the bot asks first.
      let early: BotDecision | undefined;
      const searched = () => early?.policy ?? offThread?.policy;
      const faqAnswer = () => {
        early ??= decideReply({
          text: options.text,
          index,
          botMisses: 0,
          grounded: assist?.grounded,
          policy: offThread?.policy,
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
              policy: searched(),
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
                  { policy: searched() },
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
            let outcome: LockedTurnResult;
            if (planned) {
              if (check?.absent && planned.fromSeq === check.lastSeq) {
                deps.flowIdle?.(tenantId, conversationId, planned.lastSeq);
              }
              const { events, isMiss, picked } = planned;
              outcome = { written: planned, events, isMiss, picked, isFlowWritten: false };
            } else {
              // Read before the transaction (no reads on other connections while it holds the lock).
              const closedFor = await deps.closedHours?.(tenantId);
              const policy = searched();
              const card = flow
                ? undefined
                : await prepareCard(options, index, handoff, assist?.summary, analyses);
              outcome = await conversations.transaction((tx) =>
                lockedTurn(tx, {
                  options,
                  index,
                  assist,
                  flow,
                  handoff,
                  closedFor,
                  policy,
                  analyses,
                  card,
                }),
              );
            }
            // Readers of the message's event (its call-reason terms) find its analyses done.
            keepAnalysesOf(outcome.written.message.id, analyses);
            publishAll(outcome.events);
            if (outcome.isFlowWritten) flow?.afterCommit?.();
            return outcome;
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
      const { written, isMiss, picked } = result;
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
      if (written.queued) await deps.route(tenantId);
      return { message: written.message, replies: written.replies };
    },
  };
}
