import { type Ref, useCallback, useMemo, useRef, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { ConversationDetail, Message, User } from '../api/types';
import { CannedManager } from '../canned/canned-manager';
import { renderCanned } from '../canned/render-canned';
import { useCanned } from '../canned/use-canned';
import { useI18n } from '../i18n';
import { BannedWordsDialog } from '../moderation/banned-words-dialog';
import { type PaletteCommand, usePaletteCommands } from '../palette/palette-context';
import { SuggestionsPanel } from '../suggestions/suggestions-panel';
import { useSuggestions } from '../suggestions/use-suggestions';
import { TransferDialog } from '../transfer/transfer-dialog';
import { TypingIndicator } from '../typing/typing-indicator';
import { useAgentTyping } from '../typing/use-agent-typing';
import { useCustomerTyping } from '../typing/use-customer-typing';
import { WrapUpDialog } from '../wrap-up/wrap-up-dialog';
import { ConversationHeader } from './conversation-header';
import type { ConversationSignals, SendTyping } from './conversation-signals';
import { MessageList } from './message-list';
import { ReplyBox, type ReplyBoxHandle } from './reply-box';
import { SendFile } from './send-file';
import { SlaBadge } from './sla-badge';
import type { ConversationState } from './use-conversation';
import type { useConversationDetails } from './use-conversation-details';
import { useMessageExtras } from './use-message-extras';
import './conversation.css';

export type ConversationStaff = ReturnType<typeof useConversationDetails>;

type ConversationPaneProps = {
  state: ConversationState;
  me: User;
  api: ConversationApi;
  staff: ConversationStaff;
  signals: ConversationSignals;
  sendTyping: SendTyping;
  pendingAction: 'take' | 'resolve' | null;
  isDetailsOpen: boolean;
  replyRef: Ref<HTMLTextAreaElement>;
  /** Puts the caret in the reply box, as the `r` shortcut does. */
  onFocusReply: () => void;
  onTake: () => void;
  /** Resolves (after the wrap-up dialog stored the wrap-up). */
  onResolve: () => Promise<void>;
  /** The conversation went to someone else (an agent, a queue or the bot). */
  onTransferred: () => void;
  onSend: (text: string, faqId?: string) => Promise<Message>;
  onBack: () => void;
  onLeaveReply: () => void;
  onToggleDetails: () => void;
  onRetry: () => void;
};

export function ConversationPane(props: ConversationPaneProps) {
  const { state } = props;
  const { t } = useI18n();
  const canned = useCanned(props.api);

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
  return (
    <OpenConversation
      {...props}
      detail={state.detail}
      canned={canned.list}
      reloadCanned={canned.reload}
    />
  );
}

type OpenConversationProps = ConversationPaneProps & {
  detail: ConversationDetail;
  canned: ReturnType<typeof useCanned>['list'];
  reloadCanned: () => Promise<void>;
};

/** Channels a file can go out on (the widget offers a download, email attaches it). */
const fileChannels = new Set(['web', 'email', 'form']);
const supervisorRoles = new Set(['owner', 'admin', 'supervisor']);
// Canned responses and banned words are the tenant's settings: admins change them.
const cannedManagerRoles = new Set(['owner', 'admin']);

function OpenConversation(props: OpenConversationProps) {
  const { detail, me, api, staff } = props;
  const { conversation, messages } = detail;
  const { t } = useI18n();
  const [dialog, setDialog] = useState<
    'wrap-up' | 'transfer' | 'hand-back' | 'canned' | 'words' | null
  >(null);
  const reply = useRef<ReplyBoxHandle>(null);

  const contactName = conversation.contactName?.trim() || t('inbox.guest');
  const isSupervisor = supervisorRoles.has(me.role);
  const isOthers =
    conversation.status === 'assigned' && conversation.assigneeId !== me.id && !isSupervisor;
  const canHandle =
    (conversation.status === 'assigned' || conversation.status === 'queued') &&
    (conversation.assigneeId === me.id || isSupervisor);
  const disabledReason =
    conversation.status === 'resolved'
      ? t('reply.disabledResolved')
      : isOthers
        ? t('reply.disabledOther')
        : null;
  const placeholder =
    conversation.status === 'assigned' ? t('reply.placeholder') : t('reply.placeholderQueued');

  const extras = useMessageExtras({
    api,
    conversationId: conversation.id,
    channel: conversation.channel,
    messages,
    reload: props.onRetry,
  });
  const customerMessages = messages.filter((message) => message.author === 'customer');
  const lastCustomerId = customerMessages.at(-1)?.id ?? null;
  const { suggestions } = useSuggestions(
    api,
    conversation.id,
    lastCustomerId,
    disabledReason === null,
  );
  const isCustomerTyping = useCustomerTyping(
    props.signals,
    conversation.id,
    customerMessages.length,
  );
  const { sendTyping } = props;
  const typing = useAgentTyping(
    useCallback(
      (isTyping: boolean) => sendTyping(conversation.id, isTyping),
      [sendTyping, conversation.id],
    ),
  );

  const canManage = cannedManagerRoles.has(me.role);
  const paletteCommands: PaletteCommand[] = [];
  if (disabledReason === null) {
    paletteCommands.push({
      id: 'reply',
      section: 'conversation',
      label: 'palette.cmd.reply',
      shortcut: 'r',
      run: props.onFocusReply,
    });
  }
  if (canManage) {
    paletteCommands.push(
      {
        id: 'canned',
        section: 'conversation',
        label: 'palette.cmd.canned',
        run: () => setDialog('canned'),
      },
      {
        id: 'banned-words',
        section: 'conversation',
        label: 'palette.cmd.bannedWords',
        run: () => setDialog('words'),
      },
    );
  }
  usePaletteCommands(paletteCommands);

  const contact = staff.details?.contact;
  const render = useMemo(() => {
    const vars = {
      contactName: contact?.name ?? conversation.contactName,
      contactEmail: contact?.email ?? null,
      agentName: me.name,
      contactFallback: t('canned.customerFallback'),
    };
    return (text: string) => renderCanned(text, vars);
  }, [contact, conversation.contactName, me.name, t]);

  const send = async (text: string, faqId?: string) => {
    const message = await props.onSend(text, faqId);
    if (staff.details && !staff.details.firstReplyAt)
      staff.patch({ firstReplyAt: message.createdAt });
    return message;
  };

  const addNote = async (text: string) => {
    staff.addNote(await api.addNote(conversation.id, text));
  };

  const categories = useMemo(
    () => [
      ...new Set(
        [
          staff.details?.category,
          detail.handoff?.intent,
          ...(staff.details?.pastConversations ?? []).map((past) => past.category),
        ].filter((name): name is string => Boolean(name)),
      ),
    ],
    [staff.details, detail.handoff],
  );

  return (
    <main className="pane conversation" id="conversation" aria-label={contactName}>
      <ConversationHeader
        conversation={conversation}
        me={me}
        contactName={contactName}
        pendingAction={props.pendingAction}
        isDetailsOpen={props.isDetailsOpen}
        canHandle={canHandle}
        badges={
          staff.details && (
            <SlaBadge
              status={conversation.status}
              queuedAt={staff.details.queuedAt}
              slaDueAt={staff.details.slaDueAt}
              firstReplyAt={staff.details.firstReplyAt}
            />
          )
        }
        onTake={props.onTake}
        onResolve={() => setDialog('wrap-up')}
        onTransfer={() => setDialog('transfer')}
        onHandBack={() => setDialog('hand-back')}
        onBack={props.onBack}
        onToggleDetails={props.onToggleDetails}
      />
      <MessageList
        conversationId={conversation.id}
        messages={messages}
        notes={staff.details?.notes ?? []}
        contactName={contactName}
        attachmentsOf={extras.attachmentsOf}
        download={extras.download}
      />
      <TypingIndicator name={contactName} isTyping={isCustomerTyping} />
      <div className="conversation__compose">
        <SuggestionsPanel
          suggestions={suggestions}
          onInsert={(text, faqId) => reply.current?.insert(text, faqId)}
        />
        <ReplyBox
          key={conversation.id}
          conversationId={conversation.id}
          disabledReason={disabledReason}
          placeholder={placeholder}
          textareaRef={props.replyRef}
          handleRef={reply}
          canned={props.canned}
          renderCanned={render}
          onSend={send}
          onAddNote={addNote}
          checkText={api.checkText}
          onTyping={typing.notify}
          onStopTyping={typing.stop}
          onLeave={props.onLeaveReply}
          onManageCanned={canManage ? () => setDialog('canned') : undefined}
          onManageWords={canManage ? () => setDialog('words') : undefined}
        />
        {fileChannels.has(conversation.channel) && (
          <SendFile
            disabled={disabledReason !== null}
            send={(file) => api.sendAttachment(conversation.id, file)}
            onSent={extras.refreshAttachments}
          />
        )}
      </div>
      {dialog === 'wrap-up' && (
        <WrapUpDialog
          api={api}
          conversationId={conversation.id}
          categories={categories}
          onClose={() => setDialog(null)}
          onResolve={async () => {
            await props.onResolve();
            setDialog(null);
          }}
        />
      )}
      {dialog === 'canned' && (
        <CannedManager
          api={api}
          list={props.canned}
          onChanged={props.reloadCanned}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'words' && <BannedWordsDialog api={api} onClose={() => setDialog(null)} />}
      {(dialog === 'transfer' || dialog === 'hand-back') && (
        <TransferDialog
          api={api}
          initialTarget={dialog === 'hand-back' ? 'bot' : 'agent'}
          conversationId={conversation.id}
          meId={me.id}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            staff.reload();
            props.onTransferred();
          }}
        />
      )}
    </main>
  );
}
