import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { ConversationStaffDetails, Note } from '../api/types';
import type { ConversationSignals } from './conversation-signals';

const byTime = (a: Note, b: Note) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

type Loaded = { id: string; details: ConversationStaffDetails };

/** The staff-only side of the open conversation: notes, tags, category, SLA, contact. */
export function useConversationDetails(
  api: ConversationApi,
  id: string | null,
  signals: ConversationSignals,
) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [hasError, setError] = useState(false);
  const sequence = useRef(0);

  const load = useCallback(
    async (conversationId: string) => {
      const current = ++sequence.current;
      try {
        const details = await api.getDetails(conversationId);
        if (current !== sequence.current) return;
        setLoaded((previous) => {
          // Keep notes that arrived over the socket while the request was in flight.
          const live = previous?.id === conversationId ? previous.details.notes : [];
          const known = new Set(details.notes.map((note) => note.id));
          const notes = [...details.notes, ...live.filter((note) => !known.has(note.id))];
          return { id: conversationId, details: { ...details, notes: notes.sort(byTime) } };
        });
        setError(false);
      } catch {
        if (current === sequence.current) setError(true);
      }
    },
    [api],
  );

  useEffect(() => {
    setError(false);
    if (id) void load(id);
    else sequence.current++;
  }, [id, load]);

  const update = useCallback(
    (
      conversationId: string,
      change: (details: ConversationStaffDetails) => ConversationStaffDetails,
    ) =>
      setLoaded((previous) =>
        previous && previous.id === conversationId
          ? { id: previous.id, details: change(previous.details) }
          : previous,
      ),
    [],
  );

  const addNote = useCallback(
    (note: Note) =>
      update(note.conversationId, (details) =>
        details.notes.some((known) => known.id === note.id)
          ? details
          : { ...details, notes: [...details.notes, note].sort(byTime) },
      ),
    [update],
  );

  useEffect(() => signals.notes.subscribe(addNote), [signals, addNote]);

  const patch = useCallback(
    (change: Partial<ConversationStaffDetails>) => {
      if (id) update(id, (details) => ({ ...details, ...change }));
    },
    [id, update],
  );

  const reload = useCallback(() => {
    if (id) void load(id);
  }, [id, load]);

  const details = loaded && loaded.id === id ? loaded.details : null;
  return { details, hasError, reload, addNote, patch };
}
