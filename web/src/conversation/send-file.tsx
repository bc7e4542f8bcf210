import { useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';

/** What the server takes (it checks again): pictures, PDF, text, CSV, Word and Excel. */
const accepted =
  'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.docx,.xlsx';
const maxBytes = 5 * 1024 * 1024;

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
};

type SendFileProps = {
  disabled: boolean;
  send: (file: { filename: string; contentType: string; data: string }) => Promise<unknown>;
  onSent: () => void;
};

/** Sends the customer a file (web chat and email): posted as a reply that carries it. */
export function SendFile({ disabled, send, onSent }: SendFileProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxBytes) {
      setState({ busy: false, error: t('files.tooLarge') });
      return;
    }
    setState({ busy: true, error: null });
    try {
      await send({
        filename: file.name,
        contentType: file.type || 'application/octet-stream',
        data: await toBase64(file),
      });
      setState({ busy: false, error: null });
      onSent();
    } catch (error) {
      setState({ busy: false, error: t('files.failed', { message: describeError(error, t) }) });
    }
  };
  return (
    <div className="send-file">
      <input
        ref={input}
        type="file"
        hidden
        accept={accepted}
        data-testid="send-file-input"
        onChange={(event) => {
          void pick(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <button
        type="button"
        className="button button--ghost"
        data-testid="send-file"
        disabled={disabled || state.busy}
        onClick={() => input.current?.click()}
      >
        {state.busy ? t('files.sending') : t('files.send')}
      </button>
      {state.error && (
        <span className="send-file__error" role="alert">
          {state.error}
        </span>
      )}
    </div>
  );
}
