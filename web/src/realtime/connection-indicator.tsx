import { useI18n } from '../i18n';
import type { ConnectionState } from './use-agent-socket';

export function ConnectionIndicator({ state }: { state: ConnectionState }) {
  const { t } = useI18n();
  const isConnected = state === 'connected';
  const label = isConnected
    ? t('connection.connected')
    : state === 'connecting'
      ? t('connection.connecting')
      : t('connection.reconnecting');
  return (
    <output
      data-testid="connection"
      data-state={isConnected ? 'connected' : 'reconnecting'}
      className={`connection connection--${isConnected ? 'connected' : 'reconnecting'}`}
      title={isConnected ? t('connection.connectedHint') : t('connection.reconnectingHint')}
      aria-live="polite"
    >
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </output>
  );
}
