import { can } from '../../auth/index.js';
import type { MessageView } from '../../conversations/index.js';
import { AppError } from '../../errors/index.js';
import { isHandoffRequest } from '../../nlu/index.js';
import type { Principal, User } from '../../users/index.js';
import type { Services } from '../services.js';

type ReplyServices = Pick<Services, 'conversations' | 'knowledge'>;

/**
 * An agent's reply, from the reply box or as a FAQ answer: replying to a waiting conversation
 * takes it (so the customer knows who answers); another agent's conversation is refused unless
 * the user may act for others. With `faqId`, the customer's wording is learnt for that FAQ.
 */
export async function replyAsAgent(
  services: ReplyServices,
  principal: Principal,
  me: User,
  reply: {
    tenantId: string;
    conversationId: string;
    text: string;
    clientMessageId?: string | undefined;
    faqId?: string | undefined;
    /** Writes committed with the reply (the files it carries). */
    alsoWrite?: Parameters<Services['conversations']['postAgentMessage']>[0]['alsoWrite'];
  },
): Promise<{ message: MessageView; learnt: string | null }> {
  const { conversations } = services;
  const { tenantId, conversationId } = reply;
  const current = await conversations.getRaw(tenantId, conversationId);
  const isMine = current.status === 'assigned' && current.assigneeId === me.id;
  if (!isMine && !can(principal, 'conversation.assign_others')) {
    if (current.status === 'assigned') {
      throw new AppError('conflict', 'The conversation is assigned to another agent');
    }
    if (current.status !== 'resolved') {
      await conversations.assign({
        tenantId,
        conversationId,
        agent: me,
        enforceCapacity: false,
        from: ['bot', 'queued'],
      });
    }
  }
  const message = await conversations.postAgentMessage({
    tenantId,
    conversationId,
    author: me,
    text: reply.text,
    clientMessageId: reply.clientMessageId,
    alsoWrite: reply.alsoWrite,
  });
  const learnt = reply.faqId
    ? await learnFromOperatorAnswer(services, tenantId, conversationId, reply.faqId)
    : null;
  return { message, learnt };
}

/**
 * An operator answered with a FAQ entry: the customer's wording (the question the bot missed
 * here, else their last real question) becomes an alternate, so the bot answers it next time.
 */
async function learnFromOperatorAnswer(
  { conversations, knowledge }: ReplyServices,
  tenantId: string,
  conversationId: string,
  faqId: string,
): Promise<string | null> {
  const { messages } = await conversations.getConversation(tenantId, conversationId);
  const lastQuestion = [...messages]
    .reverse()
    .find((m) => m.author === 'customer' && !isHandoffRequest(m.text));
  const { learnt } = await knowledge.learnFromOperator(tenantId, {
    faqId,
    conversationId,
    fallbackText: lastQuestion?.text,
  });
  return learnt;
}
