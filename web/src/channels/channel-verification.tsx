import { useState } from 'react';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import type { ChannelRow, ChannelsApi, Verification } from './channels-api';

/**
 * An email channel's proof of address: verified (and how), or the TXT record to publish and
 * the two ways to prove it (check DNS now, mail a confirmation link to the address).
 */
export function ChannelVerification({
  channel,
  api,
  onChanged,
}: {
  channel: ChannelRow;
  api: ChannelsApi;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<Verification>(channel.verification);
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (channel.type !== 'email') return <span>—</span>;
  if (state.status === 'verified') {
    return (
      <span className="channels__verified" data-testid="channel-verified">
        {t('channels.verify.verified', {
          method: t(`channels.verify.method.${state.method ?? 'dns'}`),
        })}
      </span>
    );
  }
  const run = async (method: 'dns' | 'mail') => {
    setBusy(true);
    setMessage(null);
    try {
      const { verification } = await api.verify(channel.id, method);
      setState(verification);
      if (verification.status === 'verified') onChanged();
      else if (method === 'mail') setMessage(t('channels.verify.mailSent'));
    } catch (e) {
      setMessage(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="channels__pending" data-testid="channel-pending">
      <strong>{t('channels.verify.pending')}</strong>
      {state.dnsRecord && (
        <p>
          {t('channels.verify.dnsHelp', { name: state.dnsRecord.name })}
          <code className="channels__record">{state.dnsRecord.value}</code>
        </p>
      )}
      <div className="channels__actions">
        <button type="button" className="button" disabled={isBusy} onClick={() => void run('dns')}>
          {t('channels.verify.checkDns')}
        </button>
        <button type="button" className="button" disabled={isBusy} onClick={() => void run('mail')}>
          {t('channels.verify.sendMail')}
        </button>
      </div>
      {message && (
        <p role="status" className="channels__hint">
          {message}
        </p>
      )}
    </div>
  );
}
