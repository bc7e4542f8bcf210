import { useEffect, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { ConversationDetail } from '../api/types';
import { ContactPanel } from '../contact/contact-panel';
import { HandoffCard } from '../handoff/handoff-card';
import { TagsEditor } from '../tags/tags-editor';
import type { ConversationStaff } from './conversation-pane';

type ConversationSidebarProps = {
  api: ConversationApi;
  detail: ConversationDetail;
  staff: ConversationStaff;
  onOpenConversation: (id: string) => void;
  /** Whether this user may mark the contact VIP. */
  canSetVip: boolean;
};

/** The context pane: handoff card, tags and category, the customer and their history. */
export function ConversationSidebar({
  api,
  detail,
  staff,
  onOpenConversation,
  canSetVip,
}: ConversationSidebarProps) {
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const conversationId = detail.conversation.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshed per conversation opened.
  useEffect(() => {
    let isCurrent = true;
    api
      .listTags()
      .then((tags) => {
        if (isCurrent) setKnownTags(tags);
      })
      .catch(() => {
        // Suggestions for tag names only; typing a new tag still works.
      });
    return () => {
      isCurrent = false;
    };
  }, [api, conversationId]);

  const details = staff.details;
  const categories = [
    ...new Set(
      [detail.handoff?.intent, ...(details?.pastConversations ?? []).map((p) => p.category)].filter(
        (name): name is string => Boolean(name),
      ),
    ),
  ];

  return (
    <>
      <HandoffCard handoff={detail.handoff} />
      {details && (
        <TagsEditor
          key={conversationId}
          api={api}
          conversationId={conversationId}
          tags={details.tags}
          category={details.category}
          knownTags={knownTags}
          categories={categories}
          onChange={staff.patch}
        />
      )}
      <ContactPanel
        conversation={detail.conversation}
        details={details}
        onOpenConversation={onOpenConversation}
        onSetVip={
          canSetVip && details
            ? async (isVip) => {
                const saved = await api.setVip(details.contact.id, isVip);
                staff.patch({ contact: { ...details.contact, isVip: saved } });
              }
            : undefined
        }
      />
    </>
  );
}
