import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { AccountPage } from '../account/account-page';
import { accountPath, auditPath, ownerUsagePath, usersPath } from '../account/account-paths';
import { AuditPage } from '../account/audit-page';
import { UsersPage } from '../account/users-page';
import { analyticsPath, canReadAnalytics } from '../analytics/analytics-route';
import { createAuthApi, createConsoleApi } from '../api/console-api';
import { createConversationApi } from '../api/conversation-api';
import { createHttpClient } from '../api/http-client';
import { createInboxApi } from '../api/inbox-api';
import { createSupervisorApi } from '../api/supervisor-api';
import type {
  ConversationUpdate,
  InboxItem,
  InboxView,
  Message,
  Presence,
  User,
} from '../api/types';
import { CallbackSummaryCard } from '../callbacks/callback-summary';
import { callbacksPath, createCallbacksApi } from '../callbacks/callbacks-api';
import { CallbacksPage } from '../callbacks/callbacks-page';
import { OpenCallbacksSection } from '../callbacks/inbox-callbacks';
import { useOpenCallbacks } from '../callbacks/use-open-callbacks';
import { callsPath } from '../calls/calls-api';
import { CallsPage } from '../calls/calls-page';
import { ChannelsPage, channelsPath } from '../channels/channels-page';
import { canReadContacts, contactsPath } from '../contacts/contacts-api';
import { ContactsPage } from '../contacts/contacts-page';
import { ConversationPane } from '../conversation/conversation-pane';
import { ConversationSidebar } from '../conversation/conversation-sidebar';
import { createConversationSignals } from '../conversation/conversation-signals';
import { useConversation } from '../conversation/use-conversation';
import { useConversationDetails } from '../conversation/use-conversation-details';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n';
import { openInItsTenant, useAcrossPoll, useAllTenantsInbox } from '../inbox/all-tenants';
import { InboxPane } from '../inbox/inbox-pane';
import { inboxViews, useInbox } from '../inbox/use-inbox';
import { useInboxOptions } from '../inbox/use-inbox-options';
import { FlowsPage, flowsPath } from '../integrations/flows-page';
import { IntegrationsPage, integrationsPath } from '../integrations/integrations-page';
import { useInboxShortcuts } from '../keyboard/use-inbox-shortcuts';
import { KnowledgePage, knowledgePath } from '../knowledge/knowledge-page';
import { AlertToggle } from '../notifications/alert-toggle';
import { useAssignmentAlerts } from '../notifications/use-assignment-alerts';
import { OwnerPage } from '../owner/owner-page';
import { OwnerUsagePage } from '../owner/usage-page';
import { type PaletteCommand, usePaletteCommands } from '../palette/palette-context';
import { PresenceSelect } from '../presence/presence-select';
import { createQualityApi } from '../quality/quality-api';
import { QualityPage } from '../quality/quality-page';
import { qualityPath, workforcePath } from '../quality/quality-route';
import { useActivityReporter } from '../quality/use-activity-reporter';
import { WorkforcePage } from '../quality/workforce-page';
import { ConnectionIndicator } from '../realtime/connection-indicator';
import { type AgentSocketEmitter, useAgentSocket } from '../realtime/use-agent-socket';
import { RoutingPage } from '../routing/routing-page';
import { canManageRouting, routingPath } from '../routing/routing-route';
import { describeError } from '../shared/error-message';
import { SupervisorPage } from '../supervisor/supervisor-page';
import { canSupervise, navigateTo, useSupervisorRoute } from '../supervisor/supervisor-route';
import { useSupervisor } from '../supervisor/use-supervisor';
import { NoticeBar } from './notice-bar';
import { TopBar } from './top-bar';
import { useOpenRoute } from './use-open-route';

const paletteTabLabels: Record<InboxView, MessageKey> = {
  queued: 'palette.cmd.tabQueued',
  mine: 'palette.cmd.tabMine',
  all: 'palette.cmd.tabAll',
};

type WorkspaceProps = {
  token: string;
  user: User;
  onSignOut: () => void;
  onExpired: () => void;
};

// The dashboard and its chart library load only when opened.
const AnalyticsPage = lazy(() => import('../analytics/analytics-page'));
export function Workspace(props: WorkspaceProps) {
  const { t } = useI18n();
  if (window.location.pathname === accountPath) return <AccountPage {...props} />;
  if (window.location.pathname === ownerUsagePath && props.user.role === 'owner') {
    return <OwnerUsagePage {...props} />;
  }
  if (!props.user.tenantId && props.user.role === 'owner') {
    return <OwnerPage {...props} />;
  }
  if (!props.user.tenantId) {
    return (
      <div className="app">
        <TopBar user={props.user} onSignOut={props.onSignOut} />
        <main className="empty-state" id="conversation">
          <p>{t('workspace.noTenant')}</p>
        </main>
      </div>
    );
  }
  if (window.location.pathname === usersPath && props.user.role === 'admin') {
    return <UsersPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === auditPath && props.user.role === 'admin') {
    return <AuditPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === channelsPath && props.user.role === 'admin') {
    return <ChannelsPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === knowledgePath && props.user.role === 'admin') {
    return <KnowledgePage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === flowsPath && props.user.role === 'admin') {
    return <FlowsPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === integrationsPath && props.user.role === 'admin') {
    return <IntegrationsPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === contactsPath && canReadContacts(props.user.role)) {
    return <ContactsPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === callbacksPath && props.user.role !== 'annotator') {
    return <CallbacksPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === callsPath) {
    return <CallsPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === routingPath && canManageRouting(props.user.role)) {
    return <RoutingPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === qualityPath) {
    return <QualityPage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === workforcePath) {
    return <WorkforcePage {...props} tenantId={props.user.tenantId} />;
  }
  if (window.location.pathname === analyticsPath && canReadAnalytics(props.user.role)) {
    return (
      <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
        <AnalyticsPage {...props} tenantId={props.user.tenantId} />
      </Suspense>
    );
  }
  return <TenantWorkspace {...props} tenantId={props.user.tenantId} />;
}

function TenantWorkspace({
  token,
  user,
  tenantId,
  onSignOut,
  onExpired,
}: WorkspaceProps & { tenantId: string }) {
  const { t } = useI18n();
  const http = useMemo(
    () => createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
    [token, onExpired],
  );
  const api = useMemo(() => createConsoleApi(http, tenantId), [http, tenantId]);
  const authApi = useMemo(() => createAuthApi(http), [http]);
  const conversationApi = useMemo(() => createConversationApi(http, tenantId), [http, tenantId]);
  const conversationSignals = useMemo(createConversationSignals, []);
  const socketEmitter: AgentSocketEmitter = useRef(null);
  const sendTyping = useCallback(
    (conversationId: string, isTyping: boolean) =>
      socketEmitter.current?.('typing', { conversationId, isTyping }),
    [],
  );

  const inboxApi = useMemo(() => createInboxApi(http, tenantId), [http, tenantId]);
  // Callback requests, live in the inbox and on the board (not for annotators, who cannot read them).
  const callbacksApi = useMemo(
    () => (user.role === 'annotator' ? null : createCallbacksApi(http, tenantId)),
    [http, tenantId, user.role],
  );
  const openCallbacks = useOpenCallbacks(callbacksApi);
  const supervisorApi = useMemo(() => createSupervisorApi(http, tenantId), [http, tenantId]);
  // Per-minute activity counts (never content) for utilisation.
  useActivityReporter(useMemo(() => createQualityApi(http, tenantId), [http, tenantId]));

  const [openId, setOpenId] = useOpenRoute();
  // A person of several tenants sees every client's conversations in the inbox tabs.
  const allTenants = useAllTenantsInbox(inboxApi, http);
  const inbox = useInbox(allTenants.api, openId);
  useAcrossPoll(inbox.refresh, allTenants.isAcross);
  const inboxListsRef = useRef(inbox.lists);
  inboxListsRef.current = inbox.lists;
  const inboxOptions = useInboxOptions(inboxApi);
  const isSupervisorPage = useSupervisorRoute(canSupervise(user.role));
  const supervisor = useSupervisor(supervisorApi, inboxApi, isSupervisorPage);
  const [joiningId, setJoiningId] = useState<string | null>(null);
  const conversation = useConversation(api, openId);
  const conversationStaff = useConversationDetails(conversationApi, openId, conversationSignals);
  const [tab, setTab] = useState<InboxView>('queued');
  const [cursorId, setCursorId] = useState<string | null>(openId);
  const searchRef = useRef<HTMLInputElement>(null);
  const [pendingAction, setPendingAction] = useState<'take' | 'resolve' | null>(null);
  const [isDetailsOpen, setDetailsOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const closeDetailsRef = useRef<HTMLButtonElement>(null);
  const rowElements = useRef(new Map<string, HTMLButtonElement>());
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const openIdRef = useRef(openId);
  openIdRef.current = openId;

  const registerRow = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (element) rowElements.current.set(id, element);
    else rowElements.current.delete(id);
  }, []);

  const open = useCallback(
    (id: string) => {
      if (openInItsTenant(inboxListsRef.current, id, tenantId)) return;
      setOpenId(id);
      setCursorId(id);
    },
    [setOpenId, tenantId],
  );

  // Alerts for conversations newly assigned to me, not for ones I took myself.
  const alerts = useAssignmentAlerts((id) => {
    navigateTo(`${import.meta.env.BASE_URL}conversations/${encodeURIComponent(id)}`);
    setTab('mine');
  });
  const takingIds = useRef(new Set<string>());
  // Known from events only: a list fetched a moment before the event may already show it as mine.
  const assignedToMe = useRef(new Set<string>());
  const alertIfAssignedToMe = (update: ConversationUpdate) => {
    if (update.status !== 'assigned' || update.assigneeId !== user.id) {
      assignedToMe.current.delete(update.id);
      return;
    }
    if (assignedToMe.current.has(update.id)) return;
    assignedToMe.current.add(update.id);
    if (takingIds.current.delete(update.id)) return;
    const row = inbox.lists.all?.find((item) => item.id === update.id);
    alerts.alert({
      conversationId: update.id,
      title: t('notify.assignedTitle'),
      body: t('notify.assignedBody', {
        name: row?.contactName?.trim() || t('inbox.guest'),
        text: row?.lastMessage?.text ?? '',
      }),
    });
  };

  const connection = useAgentSocket(
    token,
    {
      onMessage: (message: Message) => {
        conversation.appendMessage(message);
        inbox.applyMessage(message);
        supervisor.applyMessage(message);
      },
      onConversationUpdated: (update: ConversationUpdate) => {
        conversation.applyUpdate(update);
        inbox.scheduleRefresh();
        supervisor.applyUpdate(update);
        alertIfAssignedToMe(update);
      },
      onAgentStatusChanged: () => supervisor.scheduleRefresh(),
      onConnected: () => {
        // Whatever happened while disconnected (or before the first connection) is fetched again.
        void inbox.refresh();
        void supervisor.refresh();
        void openCallbacks.refresh();
        conversation.reload();
      },
      onCallback: openCallbacks.apply,
      onRejected: () => {
        // A 401 here ends the session through the HTTP client; otherwise the socket retries.
        authApi.me().catch(() => undefined);
      },
      onTyping: conversationSignals.typing.publish,
      onNoteCreated: conversationSignals.notes.publish,
      emitter: socketEmitter,
      onQaAlert: (alert) =>
        setNotice(
          t('quality.alertNotice', {
            rule: t(`quality.rule.${alert.finding.rule}` as MessageKey),
            text: alert.finding.text,
          }),
        ),
    },
    tenantId,
  );

  const runAction = async (kind: 'take' | 'resolve', id: string) => {
    setPendingAction(kind);
    try {
      if (kind === 'take') {
        takingIds.current.add(id);
        const result = await api.assign(id);
        conversation.applyUpdate({
          id,
          status: result?.status ?? 'assigned',
          assigneeId: result?.assigneeId ?? user.id,
        });
        setTab('mine');
      } else {
        await api.resolve(id);
        conversation.applyUpdate({ id, status: 'resolved' });
      }
      await inbox.refresh();
    } catch (error) {
      setNotice(t('conversation.actionFailed', { message: describeError(error, t) }));
      conversation.reload();
    } finally {
      setPendingAction(null);
    }
  };

  const send = async (text: string, faqId?: string) => {
    if (!openId) throw new Error('No conversation is open');
    const wasAssigned =
      conversation.state.status === 'ready' &&
      conversation.state.detail.conversation.status === 'assigned';
    if (!wasAssigned) takingIds.current.add(openId);
    const message = await api.sendMessage(openId, text, faqId);
    conversation.appendMessage(message);
    inbox.applyMessage(message);
    if (!wasAssigned) {
      // Replying to a waiting conversation takes it.
      conversation.reload();
      setTab('mine');
      void inbox.refresh();
    }
    return message;
  };

  const focusRow = (id: string | null) => {
    const target = (id && rowElements.current.get(id)) || null;
    target?.focus();
  };

  // The drawer (narrow screens) takes focus when opened and gives it back to its toggle.
  useEffect(() => {
    if (isDetailsOpen) closeDetailsRef.current?.focus();
  }, [isDetailsOpen]);
  const closeDetails = () => {
    setDetailsOpen(false);
    document.querySelector<HTMLElement>('.conversation__details-toggle')?.focus();
  };

  const focusReply = () => replyRef.current?.focus();
  const rows = inbox.lists[tab] ?? [];
  useInboxShortcuts({
    isEnabled: !isSupervisorPage,
    rowIds: rows.map((row) => row.id),
    cursorId: cursorId ?? openId,
    moveCursor: (id) => {
      setCursorId(id);
      focusRow(id);
    },
    open,
    focusReply,
    onEscape: () => {
      if (isDetailsOpen) closeDetails();
    },
    focusSearch: () => searchRef.current?.focus(),
    selectTab: (index) => {
      const view = inboxViews[index];
      if (view) setTab(view);
    },
  });

  // The palette: the tab and search shortcuts, and every conversation the inbox has loaded.
  const toInbox = (then: () => void) => {
    // Rendered at once, so focus can go into the inbox the supervisor view was hiding.
    if (isSupervisorPage) flushSync(() => navigateTo(import.meta.env.BASE_URL));
    then();
  };
  const tabCommands: PaletteCommand[] = inboxViews.map((view, index) => ({
    id: `tab-${view}`,
    section: 'inbox',
    label: paletteTabLabels[view],
    shortcut: String(index + 1),
    run: () => toInbox(() => setTab(view)),
  }));
  const loaded = new Map<string, InboxItem>();
  for (const view of ['mine', 'queued', 'all'] as const) {
    for (const row of inbox.lists[view] ?? []) if (!loaded.has(row.id)) loaded.set(row.id, row);
  }
  const openFromPalette = (id: string) => {
    // Show it in a tab that lists it, so the cursor lands on its row.
    if (!inbox.lists[tab]?.some((row) => row.id === id)) {
      const view = (['mine', 'queued', 'all'] as const).find((v) =>
        inbox.lists[v]?.some((row) => row.id === id),
      );
      if (view) setTab(view);
    }
    if (isSupervisorPage) {
      navigateTo(`${import.meta.env.BASE_URL}conversations/${encodeURIComponent(id)}`);
      setCursorId(id);
    } else {
      open(id);
    }
  };
  usePaletteCommands([
    ...tabCommands,
    {
      id: 'search',
      section: 'inbox',
      label: 'palette.cmd.search',
      shortcut: 's',
      run: () => toInbox(() => searchRef.current?.focus()),
    },
    ...[...loaded.values()]
      .filter((row) => row.id !== openId || isSupervisorPage)
      .map(
        (row): PaletteCommand => ({
          id: `open-${row.id}`,
          section: 'conversations',
          label: 'palette.cmd.openConversation',
          vars: { name: row.contactName?.trim() || t('inbox.guest') },
          detail: row.lastMessage?.text,
          isSearchOnly: true,
          run: () => openFromPalette(row.id),
        }),
      ),
  ]);

  const join = async (id: string) => {
    // Taking a conversation from a colleague mid-answer is a deliberate act: ask first.
    const row = supervisor.conversations?.find((c) => c.id === id);
    if (
      row?.assigneeId &&
      row.assigneeId !== user.id &&
      !window.confirm(t('supervisor.confirmTakeOver', { name: row.assigneeName ?? '' }))
    ) {
      return;
    }
    setJoiningId(id);
    takingIds.current.add(id);
    try {
      await supervisorApi.join(id);
      setTab('mine');
      navigateTo(`${import.meta.env.BASE_URL}conversations/${encodeURIComponent(id)}`);
      setCursorId(id);
      void inbox.refresh();
    } catch (error) {
      setNotice(t('supervisor.joinFailed', { message: describeError(error, t) }));
      void supervisor.refresh();
    } finally {
      setJoiningId(null);
    }
  };

  const changePresence = async (status: Presence, reason?: string) =>
    (await api.setPresence(status, reason)).status;
  const readyDetail = conversation.state.status === 'ready' ? conversation.state.detail : null;

  return (
    <div className="app">
      <TopBar
        user={user}
        onSignOut={onSignOut}
        onNavigate={navigateTo}
        isSupervisorPage={isSupervisorPage}
      >
        <ConnectionIndicator state={connection} />
        <AlertToggle alerts={alerts} />
        <PresenceSelect
          initial={user.status ?? 'offline'}
          onChange={changePresence}
          onError={setNotice}
        />
      </TopBar>
      {notice && <NoticeBar message={notice} onDismiss={() => setNotice(null)} />}
      {isSupervisorPage && (
        <SupervisorPage
          meId={user.id}
          supervisor={supervisor}
          joiningId={joiningId}
          onJoin={(id) => void join(id)}
          onBackToInbox={() => navigateTo(import.meta.env.BASE_URL)}
          callbacks={
            <>
              <CallbackSummaryCard
                token={token}
                tenantId={tenantId}
                onExpired={onExpired}
                revision={openCallbacks.revision}
              />
              {callbacksApi && (
                <OpenCallbacksSection
                  callbacks={openCallbacks}
                  api={callbacksApi}
                  meId={user.id}
                  isOnBoard
                />
              )}
            </>
          }
        />
      )}
      <div
        hidden={isSupervisorPage}
        className="workspace"
        data-has-open={openId ? 'true' : 'false'}
        data-details-open={isDetailsOpen ? 'true' : 'false'}
      >
        <InboxPane
          lists={inbox.lists}
          filters={inbox.filters}
          options={inboxOptions}
          hasError={inbox.hasError}
          tab={tab}
          openId={openId}
          cursorId={cursorId}
          searchRef={searchRef}
          onTabChange={setTab}
          onFiltersChange={inbox.updateFilters}
          onOpen={open}
          onCursorChange={setCursorId}
          onRetry={() => void inbox.refresh()}
          registerRow={registerRow}
          skippedClients={allTenants.skipped}
          callbacks={
            callbacksApi && (
              <OpenCallbacksSection callbacks={openCallbacks} api={callbacksApi} meId={user.id} />
            )
          }
        />
        <ConversationPane
          state={conversation.state}
          me={user}
          pendingAction={pendingAction}
          isDetailsOpen={isDetailsOpen}
          replyRef={replyRef}
          onFocusReply={focusReply}
          onTake={() => openId && void runAction('take', openId)}
          api={conversationApi}
          staff={conversationStaff}
          signals={conversationSignals}
          sendTyping={sendTyping}
          onResolve={async () => {
            if (openId) await runAction('resolve', openId);
          }}
          onTransferred={() => {
            conversation.reload();
            void inbox.refresh();
          }}
          onSend={send}
          onBack={() => setOpenId(null)}
          onLeaveReply={() => focusRow(cursorId ?? openId)}
          onToggleDetails={() => setDetailsOpen((isOpen) => !isOpen)}
          onRetry={conversation.reload}
        />
        <aside className="pane context" id="context-pane" aria-label={t('conversation.details')}>
          <button
            ref={closeDetailsRef}
            type="button"
            className="button button--ghost context__close"
            onClick={closeDetails}
          >
            {t('conversation.closeDetails')}
          </button>
          {readyDetail && (
            <ConversationSidebar
              api={conversationApi}
              detail={readyDetail}
              staff={conversationStaff}
              onOpenConversation={open}
              canSetVip={canSupervise(user.role)}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
