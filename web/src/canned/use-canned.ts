import { useCallback, useEffect, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { CannedResponse } from '../api/types';

/** The tenant's canned responses, loaded once and reloaded after changes. */
export function useCanned(api: ConversationApi) {
  const [list, setList] = useState<CannedResponse[]>([]);
  const [hasError, setError] = useState(false);

  const reload = useCallback(async () => {
    try {
      setList(await api.listCanned());
      setError(false);
    } catch {
      setError(true);
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { list, hasError, reload };
}
