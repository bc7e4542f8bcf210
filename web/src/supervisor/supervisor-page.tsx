import { type MouseEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { formatDateTime, useI18n } from '../i18n';
import { useSupervisorShortcuts } from '../keyboard/use-supervisor-shortcuts';
import { useNow } from '../shared/use-now';
import { AgentTable } from './agent-table';
import { ConversationPeek } from './conversation-peek';
import { ConversationTable } from './conversation-table';
import { QueueTable } from './queue-table';
import type { Supervisor } from './use-supervisor';
import { CallFiguresTable, TeamFiguresTable } from './workforce-tables';
import './supervisor.css';

type SupervisorPageProps = {
  meId: string;
  supervisor: Supervisor;
  joiningId: string | null;
  onJoin: (id: string) => void;
  onBackToInbox: () => void;
  /** The callback requests' counts, shown as a card of the board. */
  callbacks?: ReactNode;
};

/** Queues, agents and open conversations of the tenant, kept live. */
export function SupervisorPage({
  meId,
  supervisor,
  joiningId,
  onJoin,
  onBackToInbox,
  callbacks,
}: SupervisorPageProps) {
  const { t, locale } = useI18n();
  const now = useNow(5_000);
  const { overview, workforce, conversations, hasError, fetchedAt, peek } = supervisor;
  const elapsedSeconds = Math.max(0, Math.round((now - fetchedAt) / 1000));
  const peekId = peek.status === 'closed' ? null : peek.id;
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Arriving here (from the top bar, or Back) puts focus on the page, as a page load would.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const backToInbox = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onBackToInbox();
  };

  const [cursorId, setCursorId] = useState<string | null>(null);
  const focusRow = (id: string) =>
    document
      .querySelector<HTMLElement>(
        `[data-testid="supervisor-conversation"][data-id="${CSS.escape(id)}"] [data-testid="supervisor-view"]`,
      )
      ?.focus();

  const closePeek = () => {
    const id = peekId;
    supervisor.closePeek();
    // Focus returns to the button that opened the conversation.
    if (id) focusRow(id);
  };

  useSupervisorShortcuts({
    isEnabled: true,
    rowIds: conversations?.map((row) => row.id) ?? [],
    cursorId,
    moveCursor: (id) => {
      setCursorId(id);
      focusRow(id);
    },
    onEscape: () => {
      if (peekId) closePeek();
    },
  });

  return (
    <main className="supervisor" id="supervisor-main" data-testid="supervisor-page">
      <header className="supervisor__header">
        <a href={import.meta.env.BASE_URL} onClick={backToInbox}>
          {t('supervisor.backToInbox')}
        </a>
        <h1 className="supervisor__title" ref={titleRef} tabIndex={-1}>
          {t('supervisor.title')}
        </h1>
        <p className="supervisor__updated" aria-live="off">
          {overview
            ? t('supervisor.updated', {
                time: formatDateTime(locale, new Date(fetchedAt).toISOString()),
              })
            : t('app.loading')}
        </p>
      </header>
      {hasError && (
        <div className="supervisor__error" role="alert">
          <p>{t('supervisor.loadFailed')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void supervisor.refresh()}
          >
            {t('inbox.retry')}
          </button>
        </div>
      )}
      <div className="supervisor__grid">
        <section className="supervisor__card" aria-labelledby="supervisor-queues">
          <h2 id="supervisor-queues">{t('supervisor.queues')}</h2>
          {overview && <QueueTable queues={overview.queues} elapsedSeconds={elapsedSeconds} />}
        </section>
        <section className="supervisor__card" aria-labelledby="supervisor-agents">
          <h2 id="supervisor-agents">{t('supervisor.agents')}</h2>
          {overview && <AgentTable agents={overview.agents} schedule={workforce?.schedule} />}
        </section>
        {callbacks && <div className="supervisor__card">{callbacks}</div>}
        {workforce?.teams && workforce.teams.length > 0 && (
          <section className="supervisor__card" aria-labelledby="supervisor-teams">
            <h2 id="supervisor-teams">{t('teams.figures')}</h2>
            <TeamFiguresTable teams={workforce.teams} />
          </section>
        )}
        {workforce?.calls && workforce.calls.length > 0 && (
          <section className="supervisor__card" aria-labelledby="supervisor-calls">
            <h2 id="supervisor-calls">{t('callFigures.title')}</h2>
            <CallFiguresTable agents={workforce.calls} />
          </section>
        )}
        <div className="supervisor__work" data-has-peek={peekId ? 'true' : 'false'}>
          <section className="supervisor__card" aria-labelledby="supervisor-conversations">
            <h2 id="supervisor-conversations">{t('supervisor.conversations')}</h2>
            {conversations && (
              <ConversationTable
                conversations={conversations}
                queues={overview?.queues ?? []}
                meId={meId}
                now={now}
                joiningId={joiningId}
                peekId={peekId}
                onView={(id) => void supervisor.openPeek(id)}
                onFocusRow={setCursorId}
                onJoin={onJoin}
              />
            )}
          </section>
          <ConversationPeek
            peek={peek}
            meId={meId}
            isJoining={joiningId !== null && joiningId === peekId}
            onJoin={onJoin}
            onClose={closePeek}
          />
        </div>
      </div>
      <p className="supervisor__shortcuts">{t('supervisor.shortcuts')}</p>
    </main>
  );
}
