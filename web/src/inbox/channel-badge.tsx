import { type MessageKey, useI18n } from '../i18n';

const knownChannels: Record<string, MessageKey> = {
  web: 'channel.web',
  widget: 'channel.web',
  email: 'channel.email',
  line: 'channel.line',
  telegram: 'channel.telegram',
  form: 'channel.form',
};

const glyphs: Record<string, string> = {
  web: 'W',
  widget: 'W',
  email: '@',
  line: 'L',
  telegram: 'T',
  form: 'F',
};

export function channelLabel(channel: string, t: ReturnType<typeof useI18n>['t']): string {
  const key = knownChannels[channel];
  return key ? t(key) : t('channel.other', { channel });
}

/** A compact, coloured channel mark; its name is spoken by screen readers. */
export function ChannelBadge({ channel }: { channel: string }) {
  const { t } = useI18n();
  const label = channelLabel(channel, t);
  const kind = knownChannels[channel] ? channel : 'other';
  return (
    <span className={`channel-badge channel-badge--${kind}`} title={label}>
      <span aria-hidden="true">{glyphs[channel] ?? channel.slice(0, 1).toUpperCase()}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
