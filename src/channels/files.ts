import type { ConversationService } from '../conversations/index.js';
import type { Db } from '../db/index.js';
import { AppError, notFound } from '../errors/index.js';
import { channelIdOf } from './channel.service.js';

/** What a customer (widget) or an agent (console) may send as a file. */
export const uploadLimits = {
  maxBytes: 5 * 1024 * 1024,
  /** Types a support conversation needs; nothing a browser would run. */
  types: [
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
    'application/pdf',
    'text/plain',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
} as const;

export type Upload = { filename: string; contentType: string; data: string };
export type AcceptedFile = { id: string; filename: string; contentType: string; content: Buffer };

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/** The line a file leaves in the conversation's text (every channel can show it). */
export const fileNote = (file: { filename: string; content: Buffer }) =>
  `📎 ${file.filename} (${formatSize(file.content.length)})`;

/**
 * Checks an uploaded file against the limits: an allowed type, a size within the limit, a
 * name without path parts or control characters. Base64 that does not decode is refused.
 */
export function acceptUpload(upload: Upload): AcceptedFile {
  const contentType = upload.contentType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (!(uploadLimits.types as readonly string[]).includes(contentType)) {
    throw new AppError('unsupported_media_type', `Files of type ${contentType} cannot be sent`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.data) || upload.data.length % 4 !== 0) {
    throw new AppError('validation_failed', '`data` must be base64');
  }
  const content = Buffer.from(upload.data, 'base64');
  if (content.length === 0) throw new AppError('validation_failed', 'The file is empty');
  if (content.length > uploadLimits.maxBytes) {
    throw new AppError(
      'payload_too_large',
      `Files may be up to ${formatSize(uploadLimits.maxBytes)}`,
    );
  }
  const filename = [...upload.filename]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '/' || c === '\\' ? '_' : c))
    .join('')
    .trim()
    .slice(0, 200);
  if (!filename) throw new AppError('validation_failed', 'The file needs a name');
  return { id: channelIdOf('att'), filename, contentType, content };
}

type FileRepository = {
  insertAttachments: (
    tenantId: string,
    conversationId: string,
    messageId: string,
    files: AcceptedFile[],
    tx?: Db,
  ) => Promise<void>;
  listAttachments: (
    tenantId: string,
    conversationId: string,
  ) => Promise<{ id: string; messageId: string; filename: string; size: number }[]>;
  findAttachment: (
    tenantId: string,
    id: string,
  ) => Promise<
    | { id: string; messageId: string; filename: string; contentType: string; content: Buffer }
    | undefined
  >;
};

/** Files customers send from the widget and agents send from the console. */
export function createFileService(deps: {
  channels: FileRepository;
  postCustomerMessage: ConversationService['postCustomerMessage'];
}) {
  return {
    /** A customer's file: a message noting it, the file stored with that message. */
    async fromCustomer(
      tenantId: string,
      conversationId: string,
      upload: Upload & { clientMessageId?: string | undefined },
    ) {
      const file = acceptUpload(upload);
      const result = await deps.postCustomerMessage({
        tenantId,
        conversationId,
        text: fileNote(file),
        clientMessageId: upload.clientMessageId,
      });
      // Derived from the message: a retried upload stores the file once.
      const id = `att_${result.message.id.slice(4)}_0`;
      await deps.channels.insertAttachments(tenantId, conversationId, result.message.id, [
        { ...file, id },
      ]);
      return { ...result, attachment: { id, filename: file.filename, size: file.content.length } };
    },

    /**
     * An agent's file: checked now, written in the reply's own transaction (so it is there
     * when the reply is delivered by mail).
     */
    forAgentReply(tenantId: string, conversationId: string, upload: Upload) {
      const file = acceptUpload(upload);
      return {
        file,
        note: fileNote(file),
        write: (tx: Db, message: { id: string }) =>
          deps.channels.insertAttachments(tenantId, conversationId, message.id, [file], tx),
      };
    },

    /** The customer's view: the files of their own conversation only. */
    listForCustomer: (tenantId: string, conversationId: string) =>
      deps.channels.listAttachments(tenantId, conversationId),

    async getForCustomer(tenantId: string, conversationId: string, id: string) {
      const file = await deps.channels.findAttachment(tenantId, id);
      const list = file ? await deps.channels.listAttachments(tenantId, conversationId) : [];
      if (!file || !list.some((f) => f.id === id)) throw notFound('Attachment');
      return file;
    },
  };
}

export type FileService = ReturnType<typeof createFileService>;
