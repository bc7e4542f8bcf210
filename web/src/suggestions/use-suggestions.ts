import { useEffect, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { Suggestion } from '../api/types';

/** Knowledge-base answers for the customer's last message; fetched again when a new one arrives. */
export function useSuggestions(
  api: ConversationApi,
  conversationId: string,
  lastCustomerMessageId: string | null,
  isEnabled: boolean,
) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [isLoading, setLoading] = useState(false);

  useEffect(() => {
    if (!isEnabled || !lastCustomerMessageId) {
      setSuggestions([]);
      return;
    }
    let isCurrent = true;
    setLoading(true);
    api
      .getSuggestions(conversationId)
      .then((list) => {
        if (isCurrent) setSuggestions(list);
      })
      .catch(() => {
        // Suggestions are a help, not a must: without them the operator simply writes.
        if (isCurrent) setSuggestions([]);
      })
      .finally(() => {
        if (isCurrent) setLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, [api, conversationId, lastCustomerMessageId, isEnabled]);

  return { suggestions, isLoading };
}
