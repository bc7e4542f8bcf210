import type { Ref } from 'react';
import type { Message, User } from '../api/types';
import { useI18n } from '../i18n';
import { ConversationHeader } from './conversation-header';
import { MessageList } from './message-list';
import { ReplyBox } from './reply-box';
import type { ConversationState } from './use-conversation';
import './conversation.css';

type ConversationPaneProps = {
  state: ConversationState;
  me: User;
  pendingAction: 'take' | 'resolve' | null;
  isDetailsOpen: boolean;
  replyRef: Ref<HTMLTextAreaElement>;
  onTake: () => void;
  onResolve: () => void;
  onSend: (text: string) => Promise<Message>;
  onBack: () => void;
  onLeaveReply: () => void;
  onToggleDetails: () => void;
  onRetry: () => void;
};

export function ConversationPane(props: ConversationPaneProps) {
  const { state, me } = props;
  const { t } = useI18n();

  if (state.status === 'idle') {
    return (
      <main className="pane conversation conversation--empty" id="conversation">
        <div className="empty-state">
          <p className="empty-state__title">{t('conversation.empty')}</p>
          <p className="empty-state__hint">{t('conversation.emptyHint')}</p>
        </div>
      </main>
    );
  }
  if (state.status === 'loading') {
    return (
      <main className="pane conversation" id="conversation" aria-busy="true">
        <p className="empty-state">{t('app.loading')}</p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="pane conversation" id="conversation">
        <div className="empty-state" role="alert">
          <p>{t('conversation.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={props.onRetry}>
            {t('inbox.retry')}
          </button>
        </div>
      </main>
    );
  }

  const { conversation, messages } = state.detail;
  const contactName = conversation.contactName?.trim() || t('inbox.guest');
  const isOthers =
    conversation.status === 'assigned' && conversation.assigneeId !== me.id && me.role === 'agent';
  const disabledReason =
    conversation.status === 'resolved'
      ? t('reply.disabledResolved')
      : isOthers
        ? t('reply.disabledOther')
        : null;
  const placeholder =
    conversation.status === 'assigned' ? t('reply.placeholder') : t('reply.placeholderQueued');

  return (
    <main className="pane conversation" id="conversation" aria-label={contactName}>
      <ConversationHeader
        conversation={conversation}
        me={me}
        contactName={contactName}
        pendingAction={props.pendingAction}
        isDetailsOpen={props.isDetailsOpen}
        onTake={props.onTake}
        onResolve={props.onResolve}
        onBack={props.onBack}
        onToggleDetails={props.onToggleDetails}
      />
      <MessageList conversationId={conversation.id} messages={messages} contactName={contactName} />
      <ReplyBox
        key={conversation.id}
        disabledReason={disabledReason}
        placeholder={placeholder}
        textareaRef={props.replyRef}
        onSend={props.onSend}
        onLeave={props.onLeaveReply}
      />
    </main>
  );
}
