import { type FormEvent, useId, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import type { CannedInput, CannedResponse } from '../api/types';
import { ModalDialog } from '../dialog/modal-dialog';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import './canned.css';

type CannedManagerProps = {
  api: ConversationApi;
  list: CannedResponse[];
  onChanged: () => Promise<void>;
  onClose: () => void;
};

const empty: CannedInput = { shortcut: '', title: '', text: '' };
const shortcutPattern = /^[\p{L}\p{N}_-]{1,40}$/u;

/** Add, change and delete the tenant's canned responses (admins). */
export function CannedManager({ api, list, onChanged, onClose }: CannedManagerProps) {
  const { t } = useI18n();
  const id = useId();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [form, setForm] = useState<CannedInput>(empty);
  const [isSaving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const edit = (item: CannedResponse) => {
    setEditingId(item.id);
    setForm({ shortcut: item.shortcut, title: item.title, text: item.text });
    setMessage(null);
    requestAnimationFrame(() => document.getElementById(`${id}-shortcut`)?.focus());
  };

  const reset = () => {
    setEditingId(null);
    setForm(empty);
  };

  const run = async (work: () => Promise<unknown>, done: string) => {
    setSaving(true);
    setMessage(null);
    try {
      await work();
      await onChanged();
      reset();
      setMessage({ text: done, isError: false });
    } catch (caught) {
      setMessage({
        text: t('canned.failed', { message: describeError(caught, t) }),
        isError: true,
      });
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = {
      shortcut: form.shortcut.trim().replace(/^[/／]/, ''),
      title: form.title.trim(),
      text: form.text.trim(),
    };
    if (!shortcutPattern.test(input.shortcut)) {
      setMessage({ text: t('canned.invalidShortcut'), isError: true });
      return;
    }
    if (!input.title || !input.text) return;
    void run(
      () => (editingId ? api.updateCanned(editingId, input) : api.createCanned(input)),
      t('canned.saved'),
    );
  };

  const remove = (item: CannedResponse) => {
    if (!window.confirm(t('canned.confirmDelete', { shortcut: item.shortcut }))) return;
    void run(() => api.deleteCanned(item.id), t('canned.deleted'));
  };

  return (
    <ModalDialog title={t('canned.manage')} testId="canned-manager" onClose={onClose}>
      <div className="modal__body">
        {list.length === 0 ? (
          <p className="modal__hint">{t('canned.none')}</p>
        ) : (
          <ul className="canned-manager__list" aria-label={t('canned.title')}>
            {list.map((item) => (
              <li key={item.id} className="canned-manager__row">
                <span>
                  <code className="canned-menu__shortcut">/{item.shortcut}</code>{' '}
                  <strong>{item.title}</strong>
                </span>
                <span className="canned-manager__actions">
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={t('canned.editLabel', { shortcut: item.shortcut })}
                    onClick={() => edit(item)}
                  >
                    {t('canned.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={t('canned.deleteLabel', { shortcut: item.shortcut })}
                    disabled={isSaving}
                    onClick={() => remove(item)}
                  >
                    {t('canned.delete')}
                  </button>
                </span>
                <span className="canned-manager__text">{item.text}</span>
              </li>
            ))}
          </ul>
        )}
        <form className="canned-manager__form" onSubmit={submit}>
          <h3 className="field__label">{editingId ? t('canned.editTitle') : t('canned.add')}</h3>
          <label className="field" htmlFor={`${id}-shortcut`}>
            <span className="field__label">{t('canned.shortcut')}</span>
            <input
              id={`${id}-shortcut`}
              type="text"
              data-testid="canned-shortcut"
              maxLength={41}
              required
              value={form.shortcut}
              onChange={(event) => setForm({ ...form, shortcut: event.target.value })}
            />
          </label>
          <label className="field" htmlFor={`${id}-title`}>
            <span className="field__label">{t('canned.titleField')}</span>
            <input
              id={`${id}-title`}
              type="text"
              data-testid="canned-title"
              maxLength={100}
              required
              value={form.title}
              onChange={(event) => setForm({ ...form, title: event.target.value })}
            />
          </label>
          <label className="field" htmlFor={`${id}-text`}>
            <span className="field__label">{t('canned.text')}</span>
            <textarea
              id={`${id}-text`}
              data-testid="canned-text"
              rows={4}
              maxLength={5000}
              required
              value={form.text}
              onChange={(event) => setForm({ ...form, text: event.target.value })}
            />
            <span className="modal__hint">{t('canned.variables')}</span>
          </label>
          {message && (
            <p
              className={message.isError ? 'modal__error' : 'modal__hint'}
              role={message.isError ? 'alert' : 'status'}
            >
              {message.text}
            </p>
          )}
          <div className="canned-manager__actions">
            {editingId && (
              <button type="button" className="button button--ghost" onClick={reset}>
                {t('canned.cancelEdit')}
              </button>
            )}
            <button
              type="submit"
              className="button button--primary"
              data-testid="canned-save"
              disabled={isSaving}
            >
              {t('canned.save')}
            </button>
          </div>
        </form>
      </div>
    </ModalDialog>
  );
}
