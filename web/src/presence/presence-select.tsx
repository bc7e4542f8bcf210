import { useId, useState } from 'react';
import type { Presence } from '../api/types';
import { useI18n } from '../i18n';
import { usePaletteCommands } from '../palette/palette-context';

const options: Presence[] = ['online', 'away', 'offline'];

type PresenceSelectProps = {
  initial: Presence;
  onChange: (status: Presence) => Promise<Presence>;
  onError: (message: string) => void;
};

/** The operator's availability; routing only sends new conversations to "online" agents. */
export function PresenceSelect({ initial, onChange, onError }: PresenceSelectProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Presence>(initial);
  const [isSaving, setSaving] = useState(false);
  const id = useId();

  const change = async (next: Presence) => {
    const previous = status;
    setStatus(next);
    setSaving(true);
    try {
      setStatus(await onChange(next));
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
        keyVars: { status: `presence.${option}` as const },
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
        onChange={(event) => void change(event.target.value as Presence)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {t(`presence.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
