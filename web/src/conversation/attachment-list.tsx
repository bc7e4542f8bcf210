import { useState } from 'react';
import type { Attachment } from '../api/types';
import { useI18n } from '../i18n';

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

type AttachmentListProps = {
  attachments: Attachment[];
  download: (id: string) => Promise<Blob>;
};

/**
 * Files sent with a message. They are fetched with the session and saved as downloads, never
 * opened in the console (the server also serves them only as attachments).
 */
export function AttachmentList({ attachments, download }: AttachmentListProps) {
  const { t } = useI18n();
  const [failed, setFailed] = useState<string | null>(null);
  const save = async (file: Attachment) => {
    setFailed(null);
    try {
      const blob = await download(file.id);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(file.id);
    }
  };
  return (
    <ul className="attachments" aria-label={t('attachments.label')}>
      {attachments.map((file) => (
        <li key={file.id} className="attachments__item">
          <button
            type="button"
            className="attachments__download"
            data-testid="attachment"
            onClick={() => void save(file)}
            title={t('attachments.download', { name: file.filename })}
          >
            <span aria-hidden="true">📎 </span>
            <span className="attachments__name">{file.filename}</span>{' '}
            <span className="attachments__size">({formatSize(file.size)})</span>
          </button>
          {failed === file.id && (
            <span className="attachments__error" role="alert">
              {t('attachments.failed')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
