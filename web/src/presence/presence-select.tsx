import { useId, useState } from 'react';
import type { Presence } from '../api/types';
import { useI18n } from '../i18n';
import { usePaletteCommands } from '../palette/palette-context';

/** "On a break" is away with the reason `break`, kept in the status history for adherence. */
type Choice = Presence | 'break';
const options: Choice[] = ['online', 'away', 'break', 'offline'];
const labels = {
  online: 'presence.online',
  away: 'presence.away',
  break: 'presence.break',
  offline: 'presence.offline',
} as const;

type PresenceSelectProps = {
  initial: Presence;
  onChange: (status: Presence, reason?: string) => Promise<Presence>;
  onError: (message: string) => void;
};

/** The operator's availability; routing only sends new conversations to "online" agents. */
export function PresenceSelect({ initial, onChange, onError }: PresenceSelectProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Choice>(initial);
  const [isSaving, setSaving] = useState(false);
  const id = useId();

  const change = async (next: Choice) => {
    const previous = status;
    setStatus(next);
    setSaving(true);
    try {
      const saved = next === 'break' ? await onChange('away', 'break') : await onChange(next);
      setStatus(next === 'break' && saved === 'away' ? 'break' : saved);
    } catch {
      setStatus(previous);
      onError(t('presence.failed'));
    } finally {
      setSaving(false);
    }
  };

  usePaletteCommands(
    options
      .filter((option) => option !== status)
      .map((option) => ({
        id: `presence-${option}`,
        section: 'status' as const,
        label: 'palette.cmd.presence' as const,
        keyVars: { status: labels[option] },
        run: () => void change(option),
      })),
  );

  return (
    <div className={`presence presence--${status}`}>
      <label htmlFor={id} className="presence__label">
        {t('topbar.presence')}
      </label>
      <span className="presence__dot" aria-hidden="true" />
      <select
        id={id}
        data-testid="presence"
        className="select select--compact presence__select"
        value={status}
        aria-busy={isSaving}
        onChange={(event) => void change(event.target.value as Choice)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {t(labels[option])}
          </option>
        ))}
      </select>
    </div>
  );
}
