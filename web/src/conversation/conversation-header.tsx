import { type ReactNode, useRef } from 'react';
import type { ConversationSummary, User } from '../api/types';
import { type MessageKey, useI18n } from '../i18n';
import { channelLabel } from '../inbox/channel-badge';
import { type PaletteCommand, usePaletteCommands } from '../palette/palette-context';

type ConversationHeaderProps = {
  conversation: ConversationSummary;
  me: User;
  contactName: string;
  pendingAction: 'take' | 'resolve' | null;
  isDetailsOpen: boolean;
  /** May move the conversation (its assignee, or a supervisor). */
  canHandle: boolean;
  /** Extra status shown beside the channel (the SLA warning). */
  badges?: ReactNode;
  onTake: () => void;
  onResolve: () => void;
  onTransfer: () => void;
  /** Opens the transfer dialog with the bot chosen (offered in the command palette). */
  onHandBack: () => void;
  onBack: () => void;
  onToggleDetails: () => void;
};

export function ConversationHeader(props: ConversationHeaderProps) {
  const { conversation, me, contactName, pendingAction } = props;
  const { t } = useI18n();
  const statusKey: MessageKey = `status.${conversation.status}`;
  const assignment =
    conversation.status === 'assigned'
      ? conversation.assigneeId === me.id
        ? t('conversation.assignedToYou')
        : t('conversation.assignedToOther')
      : null;
  const canTake = conversation.status === 'queued' || conversation.status === 'bot';
  const isIdle = pendingAction === null;
  const detailsToggle = useRef<HTMLButtonElement>(null);

  // The palette offers exactly the buttons shown here, running the same handlers.
  const commands: (PaletteCommand | false)[] = [
    canTake &&
      isIdle && {
        id: 'take',
        section: 'conversation',
        label: 'palette.cmd.take',
        run: props.onTake,
      },
    props.canHandle &&
      isIdle && {
        id: 'transfer',
        section: 'conversation',
        label: 'palette.cmd.transfer',
        run: props.onTransfer,
      },
    props.canHandle &&
      isIdle && {
        id: 'hand-back',
        section: 'conversation',
        label: 'palette.cmd.handBack',
        run: props.onHandBack,
      },
    conversation.status === 'assigned' &&
      isIdle && {
        id: 'resolve',
        section: 'conversation',
        label: 'palette.cmd.resolve',
        run: props.onResolve,
      },
    {
      id: 'close-conversation',
      section: 'conversation',
      label: 'palette.cmd.close',
      run: props.onBack,
    },
    {
      id: 'details',
      section: 'conversation',
      label: 'palette.cmd.details',
      // The details toggle is there only where the details are a drawer (narrow screens).
      isAvailable: () => detailsToggle.current?.checkVisibility() ?? false,
      run: props.onToggleDetails,
    },
  ];
  usePaletteCommands(commands.filter((command): command is PaletteCommand => Boolean(command)));

  return (
    <header className="pane__header conversation__header">
      <button
        type="button"
        className="button button--ghost conversation__back"
        onClick={props.onBack}
      >
        <span aria-hidden="true">←</span> {t('conversation.back')}
      </button>
      <div className="conversation__heading">
        <h2 className="pane__title conversation__title">{contactName}</h2>
        <p className="conversation__subtitle">
          <span className={`status-pill status-pill--${conversation.status}`}>{t(statusKey)}</span>
          <span>{channelLabel(conversation.channel, t)}</span>
          {assignment && <span>{assignment}</span>}
          {props.badges}
        </p>
      </div>
      <div className="conversation__actions">
        {canTake && (
          <button
            data-testid="take"
            type="button"
            className="button button--primary"
            disabled={pendingAction !== null}
            onClick={props.onTake}
          >
            {pendingAction === 'take' ? t('conversation.taking') : t('conversation.take')}
          </button>
        )}
        {props.canHandle && (
          <button
            data-testid="transfer"
            type="button"
            className="button button--secondary"
            disabled={pendingAction !== null}
            aria-haspopup="dialog"
            onClick={props.onTransfer}
          >
            {t('transfer.open')}
          </button>
        )}
        {conversation.status === 'assigned' && (
          <button
            data-testid="resolve"
            type="button"
            className="button button--secondary"
            disabled={pendingAction !== null}
            aria-haspopup="dialog"
            onClick={props.onResolve}
          >
            {pendingAction === 'resolve' ? t('conversation.resolving') : t('conversation.resolve')}
          </button>
        )}
        <button
          ref={detailsToggle}
          type="button"
          className="button button--ghost conversation__details-toggle"
          aria-expanded={props.isDetailsOpen}
          aria-controls="context-pane"
          onClick={props.onToggleDetails}
        >
          {t('conversation.details')}
        </button>
      </div>
    </header>
  );
}
