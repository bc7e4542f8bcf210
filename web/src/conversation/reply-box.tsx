import {
  type FormEvent,
  type KeyboardEvent,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { CannedResponse, Message, ModerationMatch } from '../api/types';
import { CannedMenu, cannedOptionId } from '../canned/canned-menu';
import { findSlashQuery, matchCanned } from '../canned/render-canned';
import { useI18n } from '../i18n';
import { ModerationWarning } from '../moderation/moderation-warning';
import { describeError } from '../shared/error-message';

export type ReplyBoxHandle = {
  /**
   * Puts text into the reply (replacing an empty draft, otherwise at the caret). With `faqId`
   * the reply is sent as answering with that FAQ, so the bot learns the customer's wording.
   */
  insert: (text: string, faqId?: string) => void;
};

export type ReplyMode = 'reply' | 'note';

type ReplyBoxProps = {
  conversationId: string;
  /** Null when replying is not possible; the reason is shown instead of the placeholder. */
  disabledReason: string | null;
  placeholder: string;
  textareaRef: Ref<HTMLTextAreaElement>;
  handleRef?: Ref<ReplyBoxHandle>;
  canned: CannedResponse[];
  renderCanned: (text: string) => string;
  onSend: (text: string, faqId?: string) => Promise<Message>;
  onAddNote: (text: string) => Promise<void>;
  /** Finds banned words; the reply is held back with a warning when there are any. */
  checkText: (text: string) => Promise<ModerationMatch[]>;
  onTyping: () => void;
  onStopTyping: () => void;
  onLeave: () => void;
  /** Shown to those who may change canned responses. */
  onManageCanned?: (() => void) | undefined;
  /** Admins: edit the tenant's banned words. */
  onManageWords?: (() => void) | undefined;
};

type Warning = { text: string; matches: ModerationMatch[] };

/** Drafts survive switching conversations (not reloads): an operator juggles several at once. */
const drafts = new Map<string, string>();

/** True for an Enter that confirms an IME conversion (Japanese, Chinese, Korean input). */
const isComposing = (event: KeyboardEvent<HTMLTextAreaElement>) =>
  event.nativeEvent.isComposing || event.keyCode === 229;

const isTypingTarget = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest('input, textarea, select') !== null);

export function ReplyBox(props: ReplyBoxProps) {
  const { conversationId, disabledReason, placeholder, canned, renderCanned } = props;
  const { t } = useI18n();
  const [text, setTextState] = useState(() => drafts.get(conversationId) ?? '');
  const [mode, setMode] = useState<ReplyMode>('reply');
  // A restored draft has the caret at its end, as the textarea does: a `/` query typed before
  // the box was last shown still opens the canned list.
  const [caret, setCaret] = useState(() => drafts.get(conversationId)?.length ?? 0);
  const [activeIndex, setActiveIndex] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [isSending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<Warning | null>(null);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  /** The FAQ whose suggested answer went into this draft, until it is sent or cleared. */
  const suggested = useRef<{ faqId: string; answer: string } | null>(null);
  const id = useId();
  const menuId = `${id}-canned`;

  const isNote = mode === 'note';
  const isDisabled = !isNote && disabledReason !== null;
  const canSend = !isDisabled && !isSending && text.trim().length > 0;

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      if (next) drafts.set(conversationId, next);
      else {
        drafts.delete(conversationId);
        suggested.current = null;
      }
    },
    [conversationId],
  );

  const setTextareaRef = useCallback(
    (element: HTMLTextAreaElement | null) => {
      textarea.current = element;
      const outer = props.textareaRef;
      if (typeof outer === 'function') outer(element);
      else if (outer) outer.current = element;
    },
    [props.textareaRef],
  );

  /** Replaces [start, end) with `insert` and puts the caret after it. */
  const replaceRange = useCallback(
    (start: number, end: number, insert: string) => {
      const current = textarea.current?.value ?? text;
      const next = current.slice(0, start) + insert + current.slice(end);
      const at = start + insert.length;
      setText(next);
      setCaret(at);
      setWarning(null);
      requestAnimationFrame(() => {
        const element = textarea.current;
        if (!element) return;
        element.focus();
        element.setSelectionRange(at, at);
      });
    },
    [text, setText],
  );

  useImperativeHandle(
    props.handleRef,
    () => ({
      insert(inserted: string, faqId?: string) {
        if (faqId) suggested.current = { faqId, answer: inserted.trim() };
        const element = textarea.current;
        const current = element?.value ?? '';
        if (!current.trim()) {
          replaceRange(0, current.length, inserted);
          return;
        }
        const start = element?.selectionStart ?? current.length;
        const end = element?.selectionEnd ?? current.length;
        const needsBreak = start > 0 && !/\s$/.test(current.slice(0, start));
        replaceRange(start, end, `${needsBreak ? '\n' : ''}${inserted}`);
      },
    }),
    [replaceRange],
  );

  const slash = useMemo(() => findSlashQuery(text, caret), [text, caret]);
  const isMenuOpen = slash !== null && slash.start !== dismissedAt && !isDisabled;
  const items = useMemo(
    () => (isMenuOpen && slash ? matchCanned(canned, slash.query) : []),
    [isMenuOpen, slash, canned],
  );
  const active = Math.min(activeIndex, Math.max(0, items.length - 1));

  const chooseCanned = (item: CannedResponse) => {
    if (!slash) return;
    replaceRange(slash.start, slash.end, renderCanned(item.text));
    setActiveIndex(0);
  };

  const send = async (isConfirmed = false) => {
    if (!canSend) return;
    const body = text.trim();
    setSending(true);
    setError(null);
    try {
      if (isNote) {
        await props.onAddNote(body);
        setText('');
        return;
      }
      if (!isConfirmed) {
        let matches: ModerationMatch[] = [];
        try {
          matches = await props.checkText(body);
        } catch {
          // The check is advisory: an outage of it must not stop the operator from answering.
        }
        if (matches.length > 0) {
          setWarning({ text: body, matches });
          return;
        }
      }
      props.onStopTyping();
      // Still answering with the suggestion only while its text is in the reply.
      const faq = suggested.current;
      await props.onSend(body, faq && body.includes(faq.answer) ? faq.faqId : undefined);
      suggested.current = null;
      setText('');
      setWarning(null);
    } catch (caught) {
      setError(t(isNote ? 'notes.failed' : 'reply.failed', { message: describeError(caught, t) }));
    } finally {
      setSending(false);
    }
  };

  const editFlagged = () => {
    const flagged = warning;
    setWarning(null);
    const element = textarea.current;
    if (!element || !flagged) return;
    // Select the first flagged word so typing replaces it.
    const offset = element.value.indexOf(flagged.text);
    const first = flagged.matches[0];
    element.focus();
    if (offset >= 0 && first) element.setSelectionRange(offset + first.start, offset + first.end);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposing(event)) return;
    if (isMenuOpen && slash) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (items.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((active + step + items.length) % items.length);
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && items[active]) {
        event.preventDefault();
        chooseCanned(items[active]);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedAt(slash.start);
        return;
      }
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.currentTarget.blur();
      props.onStopTyping();
      props.onLeave();
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    void send();
  };

  // `/` anywhere outside a field jumps into the reply with the canned list open.
  const isDisabledRef = useRef(isDisabled);
  isDisabledRef.current = isDisabled;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (event.altKey || event.isComposing || isTypingTarget(event.target)) return;
      if (isDisabledRef.current || document.querySelector('dialog[open]')) return;
      const element = textarea.current;
      if (!element) return;
      event.preventDefault();
      const value = element.value;
      const prefix = value && !/\s$/.test(value) ? ' /' : '/';
      const next = `${value}${prefix}`;
      setText(next);
      setCaret(next.length);
      setDismissedAt(null);
      element.focus();
      requestAnimationFrame(() => element.setSelectionRange(next.length, next.length));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [setText]);

  const syncCaret = () => setCaret(textarea.current?.selectionStart ?? 0);

  return (
    <form className={`reply reply--${mode}`} onSubmit={onSubmit} data-mode={mode}>
      {warning && !isNote && (
        <ModerationWarning
          text={warning.text}
          matches={warning.matches}
          isSending={isSending}
          onSendAnyway={() => void send(true)}
          onEdit={editFlagged}
        />
      )}
      {error && (
        <p className="reply__error" role="alert">
          {error}
        </p>
      )}
      <div className="reply__box">
        <fieldset className="reply__modes">
          <legend className="visually-hidden">{t('conversation.replyMode')}</legend>
          <button
            type="button"
            className="reply__mode"
            aria-pressed={!isNote}
            data-testid="mode-reply"
            onClick={() => setMode('reply')}
          >
            {t('conversation.modeReply')}
          </button>
          <button
            type="button"
            className="reply__mode reply__mode--note"
            aria-pressed={isNote}
            data-testid="mode-note"
            onClick={() => {
              setMode('note');
              setWarning(null);
              textarea.current?.focus();
            }}
          >
            {t('notes.mode')}
          </button>
          {isNote && <span className="reply__note-hint">{t('notes.neverShown')}</span>}
        </fieldset>
        {isMenuOpen && (
          <CannedMenu
            id={menuId}
            items={items}
            activeIndex={active}
            render={renderCanned}
            onChoose={chooseCanned}
            onHover={setActiveIndex}
          />
        )}
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {isNote ? t('notes.label') : t('reply.label')}
        </label>
        <textarea
          id={`${id}-text`}
          ref={setTextareaRef}
          data-testid="reply-input"
          className="reply__input"
          rows={3}
          value={text}
          disabled={isDisabled}
          placeholder={isDisabled ? undefined : isNote ? t('notes.placeholder') : placeholder}
          aria-describedby={`${id}-hint`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isMenuOpen && items.length > 0}
          aria-controls={isMenuOpen && items.length > 0 ? menuId : undefined}
          aria-activedescendant={
            isMenuOpen && items.length > 0 ? cannedOptionId(menuId, active) : undefined
          }
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart ?? event.target.value.length);
            setActiveIndex(0);
            if (warning) setWarning(null);
            if (!isNote && event.target.value) props.onTyping();
          }}
          onSelect={syncCaret}
          onBlur={() => props.onStopTyping()}
          onKeyDown={onKeyDown}
        />
        <div className="reply__actions">
          <span id={`${id}-hint`} className="reply__hint">
            {isDisabled ? disabledReason : t('conversation.replyHint')}
          </span>
          {props.onManageWords && (
            <button
              type="button"
              className="button button--ghost reply__manage"
              data-testid="banned-words-manage"
              onClick={props.onManageWords}
            >
              {t('bannedWords.manage')}
            </button>
          )}
          {props.onManageCanned && (
            <button
              type="button"
              className="button button--ghost reply__manage"
              data-testid="canned-manage"
              onClick={props.onManageCanned}
            >
              {t('canned.manage')}
            </button>
          )}
          <button
            data-testid={isNote ? 'note-send' : 'reply-send'}
            type="submit"
            className={`button ${isNote ? 'button--note' : 'button--primary'}`}
            disabled={!canSend}
          >
            {isSending
              ? t(isNote ? 'notes.adding' : 'reply.sending')
              : t(isNote ? 'notes.add' : 'reply.send')}
          </button>
        </div>
      </div>
    </form>
  );
}
