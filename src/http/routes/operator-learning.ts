import { isHandoffRequest } from '../../nlu/index.js';
import type { Services } from '../services.js';

/**
 * An operator answered with a FAQ entry: the customer's wording (the question the bot missed
 * here, else their last real question) becomes an alternate, so the bot answers it next time.
 */
export async function learnFromOperatorAnswer(
  { conversations, knowledge }: Pick<Services, 'conversations' | 'knowledge'>,
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
