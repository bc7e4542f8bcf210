import { useEffect, useState } from 'react';
import type { ConversationSignals } from '../conversation/conversation-signals';

/** A lost "stopped" signal must not leave the indicator on for ever. */
const expireMs = 6_000;

/** Whether the customer of this conversation is typing right now. */
export function useCustomerTyping(
  signals: ConversationSignals,
  conversationId: string,
  customerMessageCount: number,
): boolean {
  const [isTyping, setTyping] = useState(false);

  useEffect(() => {
    let timer: number | undefined;
    setTyping(false);
    const off = signals.typing.subscribe((event) => {
      if (event.conversationId !== conversationId || event.author !== 'customer') return;
      window.clearTimeout(timer);
      setTyping(event.isTyping);
      if (event.isTyping) timer = window.setTimeout(() => setTyping(false), expireMs);
    });
    return () => {
      off();
      window.clearTimeout(timer);
    };
  }, [signals, conversationId]);

  // A message arriving means they have stopped typing it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a customer message arrives.
  useEffect(() => {
    setTyping(false);
  }, [customerMessageCount]);

  return isTyping;
}
