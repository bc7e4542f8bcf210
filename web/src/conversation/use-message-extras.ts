import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { Attachment, Message } from '../api/types';

const refreshMs = 3000;
/** Channels whose answers leave through a platform (and so have a delivery state). */
const deliveredChannels = new Set(['email', 'line', 'telegram', 'form']);

/**
 * What the thread shows beside the messages: the files they carry, and a fresh read of the
 * conversation while a delivery is still under way (the state lives on the server).
 */
export function useMessageExtras(options: {
  api: ConversationApi;
  conversationId: string;
  channel: string;
  messages: Message[];
  reload: () => void;
}) {
  const { api, conversationId, channel, messages, reload } = options;
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [round, setRound] = useState(0);
  const customerCount = messages.filter((m) => m.author === 'customer').length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new customer message (or a file sent) may bring files.
  useEffect(() => {
    let isCurrent = true;
    api.listAttachments(conversationId).then(
      (result) => isCurrent && setAttachments(result.attachments),
      () => isCurrent && setAttachments([]),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, conversationId, customerCount, round]);

  const isDelivering =
    deliveredChannels.has(channel) &&
    messages.some(
      (m) =>
        m.author !== 'customer' && (m.delivery === undefined || m.delivery?.status === 'pending'),
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: each fresh read schedules the next.
  useEffect(() => {
    if (!isDelivering) return;
    const timer = setTimeout(reload, refreshMs);
    return () => clearTimeout(timer);
  }, [isDelivering, reload, messages]);

  const byMessage = useMemo(() => {
    const map = new Map<string, Attachment[]>();
    for (const file of attachments)
      map.set(file.messageId, [...(map.get(file.messageId) ?? []), file]);
    return map;
  }, [attachments]);

  const download = useCallback((id: string) => api.downloadAttachment(id), [api]);
  const refreshAttachments = useCallback(() => setRound((n) => n + 1), []);
  return {
    attachmentsOf: (messageId: string) => byMessage.get(messageId) ?? [],
    download,
    refreshAttachments,
  };
}
