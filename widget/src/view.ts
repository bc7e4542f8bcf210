import { formatTime, htmlLang, languages, type Strings } from './i18n.js';
import { splitLinks } from './linkify.js';
import type { Item } from './message-store.js';
import { type PanelSpec, renderPanel } from './panel.js';
import { styles } from './styles.js';
import type { ConversationStatus, Language, QuickReply } from './types.js';

export type ViewHandlers = {
  onOpenChange: (isOpen: boolean) => void;
  onSend: (text: string) => void;
  onQuickReply: (item: Item, reply: QuickReply) => void;
  onRetry: (clientMessageId: string) => void;
  onLanguageChange: (language: Language) => void;
  onEmailTranscript: () => void;
  onRequestCallback: () => void;
  onLeaveMessage: () => void;
  /** The customer rated the resolved conversation; resolves whether it was stored. */
  onRate: (score: number, comment: string) => Promise<boolean>;
  /** The customer is typing (true) or stopped (false). */
  onComposing: (isTyping: boolean) => void;
  /** The customer picked a file to send. */
  onFile: (file: File) => void;
  /** The customer asked for the file a message carries. */
  onDownload: (item: Item) => void;
};

/** The file types the server takes from customers (it checks again). */
export const ACCEPTED_FILES =
  'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.docx,.xlsx';

const SVG_NS = 'http://www.w3.org/2000/svg';

function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const p = document.createElementNS(SVG_NS, 'path');
  p.setAttribute('d', path);
  p.setAttribute('fill', 'currentColor');
  svg.append(p);
  return svg;
}

const ICON_CHAT =
  'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2Zm3 6a1.3 1.3 0 1 0 0 2.6A1.3 1.3 0 0 0 7 10Zm5 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6Zm5 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6Z';
const ICON_CLOSE =
  'M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 0 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4Z';
const ICON_SEND = 'M3.4 20.4 21 12 3.4 3.6 3.4 10.2 15 12 3.4 13.8Z';
const ICON_ATTACH =
  'M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6h-1.5Z';
const ICON_PHONE =
  'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1l-2.2 2.2Z';
const ICON_MAIL =
  'M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Zm0 2v.5l8 5 8-5V7H4Zm16 2.8-7.5 4.7a1 1 0 0 1-1 0L4 9.8V17h16V9.8Z';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Message text as text nodes, with http(s) links as real anchors; never innerHTML. */
function renderText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of splitLinks(text)) {
    if (!part.href) {
      fragment.append(part.text);
      continue;
    }
    const link = document.createElement('a');
    link.href = part.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = part.text;
    fragment.append(link);
  }
  return fragment;
}

const isSendKey = (event: KeyboardEvent) =>
  event.key === 'Enter' &&
  !event.shiftKey &&
  !event.altKey &&
  !event.ctrlKey &&
  !event.metaKey &&
  // An Enter that confirms an IME conversion (Japanese, Chinese, Korean) must never send.
  !event.isComposing &&
  event.keyCode !== 229;

export type View = ReturnType<typeof createView>;

export function createView(options: {
  strings: Strings;
  language: Language;
  handlers: ViewHandlers;
}) {
  const { handlers } = options;
  let strings = options.strings;
  let language = options.language;
  let isOpen = false;
  let title = '';
  let greeting = '';
  let status: ConversationStatus = 'bot';
  let assigneeName: string | null = null;
  let unread = 0;
  let lastItems: Item[] = [];

  const host = document.createElement('tsunagi-widget');
  host.id = 'tsunagi-widget';
  const shadow = host.attachShadow({ mode: 'open' });

  const titleEl = el('h2', { class: 'title', id: 'tsunagi-title' });
  const statusEl = el('p', { class: 'status', 'data-testid': 'status' });
  const languageSelect = el('select', { class: 'lang' });
  for (const { code, label } of languages)
    languageSelect.append(el('option', { value: code }, label));
  const closeButton = el('button', { type: 'button', class: 'icon-button' }, icon(ICON_CLOSE));
  const mailButton = el(
    'button',
    { type: 'button', class: 'icon-button', 'data-testid': 'email-transcript' },
    icon(ICON_MAIL),
  );
  mailButton.hidden = true;
  const phoneButton = el(
    'button',
    { type: 'button', class: 'icon-button', 'data-testid': 'request-callback' },
    icon(ICON_PHONE),
  );
  phoneButton.hidden = true;
  const header = el(
    'header',
    { class: 'header' },
    el('div', { class: 'titles' }, titleEl, statusEl),
    phoneButton,
    mailButton,
    languageSelect,
    closeButton,
  );
  const banner = el('div', { class: 'banner', 'data-testid': 'connection', role: 'status' });
  banner.hidden = true;
  const greetingText = el('div', { class: 'bubble' });
  const greetingEl = el(
    'div',
    { class: 'msg', 'data-testid': 'message', 'data-author': 'bot', 'data-greeting': 'true' },
    greetingText,
  );
  const log = el(
    'div',
    { class: 'log', 'data-testid': 'messages', role: 'log', 'aria-live': 'polite' },
    greetingEl,
  );
  const typing = el(
    'div',
    { class: 'typing', 'data-testid': 'typing' },
    el('span'),
    el('span'),
    el('span'),
  );
  typing.hidden = true;
  // Offered when nobody can take the chat: leave a message for an answer by email.
  const offerText = el('p');
  const offerButton = el(
    'button',
    { type: 'button', class: 'offer-button', 'data-testid': 'leave-message' },
    '',
  );
  const offer = el('div', { class: 'offer', 'data-testid': 'offer' }, offerText, offerButton);
  offer.hidden = true;
  let offerMessage: string | null = null;
  const notice = el('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' });
  notice.hidden = true;
  // Asked once a conversation is resolved: stars (1–5) and an optional comment.
  const csatQuestion = el('p', { class: 'csat-question', id: 'tsunagi-csat-q' });
  const starButtons = [1, 2, 3, 4, 5].map((score) =>
    el(
      'button',
      { type: 'button', class: 'csat-star', 'data-score': String(score), 'aria-pressed': 'false' },
      '★',
    ),
  );
  const stars = el(
    'div',
    { class: 'csat-stars', role: 'group', 'aria-labelledby': 'tsunagi-csat-q' },
    ...starButtons,
  );
  const csatComment = el('textarea', {
    class: 'csat-comment',
    rows: '2',
    maxlength: '2000',
    'data-testid': 'csat-comment',
  });
  const csatSubmit = el(
    'button',
    { type: 'button', class: 'offer-button', 'data-testid': 'csat-submit' },
    '',
  );
  const csatNote = el('p', { class: 'csat-note', role: 'status' });
  const csat = el(
    'div',
    { class: 'csat', 'data-testid': 'csat' },
    csatQuestion,
    stars,
    csatComment,
    csatSubmit,
    csatNote,
  );
  csat.hidden = true;
  let csatScore = 0;
  let csatState: 'idle' | 'asking' | 'sending' | 'done' = 'idle';
  const scroller = el('div', { class: 'scroller' }, log, typing, offer, csat, notice);
  const panel = el('div', { class: 'panel' });
  panel.hidden = true;
  let panelReturnFocus: HTMLElement | null = null;
  const input = el('textarea', { class: 'input', 'data-testid': 'input', rows: '1' });
  const sendButton = el(
    'button',
    { type: 'submit', class: 'send', 'data-testid': 'send' },
    icon(ICON_SEND),
  );
  const fileInput = el('input', {
    type: 'file',
    class: 'file-input',
    'data-testid': 'file-input',
    accept: ACCEPTED_FILES,
  });
  fileInput.hidden = true;
  const attachButton = el(
    'button',
    { type: 'button', class: 'attach', 'data-testid': 'attach' },
    icon(ICON_ATTACH),
  );
  attachButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) handlers.onFile(file);
  });
  const form = el('form', { class: 'composer' }, attachButton, fileInput, input, sendButton);
  const windowEl = el(
    'section',
    { class: 'window', role: 'dialog', 'aria-labelledby': 'tsunagi-title' },
    header,
    banner,
    scroller,
    panel,
    form,
  );
  windowEl.hidden = true;
  const badge = el('span', { class: 'badge', 'aria-hidden': 'true' });
  badge.hidden = true;
  const launcher = el(
    'button',
    { type: 'button', class: 'launcher', 'data-testid': 'launcher', 'aria-expanded': 'false' },
    icon(ICON_CHAT),
    badge,
  );
  // A proactive message from a widget trigger: a bubble by the launcher; clicking opens the chat.
  const proactive = el('button', {
    type: 'button',
    class: 'proactive',
    'data-testid': 'proactive-bubble',
  });
  proactive.hidden = true;
  let onProactive: (() => void) | null = null;
  proactive.addEventListener('click', () => {
    proactive.hidden = true;
    onProactive?.();
    setOpen(true);
  });
  const root = el('div', { class: 'root' }, windowEl, proactive, launcher);
  shadow.append(el('style', {}, styles), root);

  const elements = new WeakMap<Item, { node: HTMLElement; signature: string }>();

  function setOpen(open: boolean) {
    if (open === isOpen) return;
    isOpen = open;
    windowEl.hidden = !open;
    root.dataset.open = String(open);
    launcher.setAttribute('aria-expanded', String(open));
    launcher.replaceChildren(icon(open ? ICON_CLOSE : ICON_CHAT), badge);
    if (open) {
      proactive.hidden = true;
      unread = 0;
      scrollToBottom();
      // Phones would pop the keyboard over the conversation; focus only with a real pointer.
      if (window.matchMedia('(min-width: 481px)').matches) input.focus();
    } else {
      launcher.focus();
    }
    applyStrings();
    handlers.onOpenChange(open);
  }

  function applyStrings() {
    root.lang = htmlLang(language);
    languageSelect.value = language;
    languageSelect.setAttribute('aria-label', strings.language);
    launcher.setAttribute('aria-label', isOpen ? strings.closeChat : strings.openChat);
    closeButton.setAttribute('aria-label', strings.closeChat);
    mailButton.setAttribute('aria-label', strings.emailTranscript);
    mailButton.title = strings.emailTranscript;
    phoneButton.setAttribute('aria-label', strings.callbackRequest);
    phoneButton.title = strings.callbackRequest;
    offerButton.textContent = strings.leaveMessage;
    offerText.textContent = offerMessage ?? '';
    sendButton.setAttribute('aria-label', strings.send);
    attachButton.setAttribute('aria-label', strings.attachFile);
    attachButton.title = strings.attachFile;
    input.placeholder = strings.placeholder;
    input.setAttribute('aria-label', strings.placeholder);
    log.setAttribute('aria-label', strings.messages);
    typing.setAttribute('aria-label', status === 'assigned' ? strings.agentTyping : strings.typing);
    banner.textContent = strings.reconnecting;
    titleEl.textContent = title || strings.title;
    greetingText.replaceChildren(renderText(greeting || strings.defaultGreeting));
    statusEl.dataset.status = status;
    statusEl.textContent =
      status === 'queued'
        ? strings.statusQueued
        : status === 'assigned'
          ? assigneeName
            ? strings.statusAssigned(assigneeName)
            : strings.statusAssignedNoName
          : status === 'resolved'
            ? strings.statusResolved
            : strings.statusBot;
    if (status === 'resolved' && csatState === 'idle') csatState = 'asking';
    if (status !== 'resolved' && csatState === 'asking') csatState = 'idle';
    csat.hidden = csatState === 'idle';
    csatQuestion.textContent = csatState === 'done' ? strings.csatThanks : strings.csatQuestion;
    stars.hidden = csatState === 'done';
    csatComment.hidden = csatState === 'done';
    csatSubmit.hidden = csatState === 'done';
    csatComment.setAttribute('aria-label', strings.csatComment);
    csatComment.placeholder = strings.csatComment;
    csatSubmit.textContent = strings.csatSubmit;
    (csatSubmit as HTMLButtonElement).disabled = csatScore === 0 || csatState === 'sending';
    for (const button of starButtons) {
      const score = Number(button.dataset.score);
      button.setAttribute('aria-label', strings.csatStar(score));
      button.setAttribute('aria-pressed', String(score === csatScore));
      button.dataset.on = String(score <= csatScore);
    }
    badge.hidden = isOpen || unread === 0;
    badge.textContent = unread > 9 ? '9+' : String(unread);
    if (!badge.hidden)
      launcher.setAttribute('aria-label', `${strings.openChat} (${strings.unread(unread)})`);
  }

  const isNearBottom = () =>
    scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
  const scrollToBottom = () => {
    scroller.scrollTop = scroller.scrollHeight;
  };

  function authorLabel(item: Item): string | null {
    if (item.author === 'agent') return item.authorName || strings.agent;
    if (item.author === 'bot') return item.authorName || strings.bot;
    return null;
  }

  function buildMessage(item: Item, areButtonsActive: boolean): HTMLElement {
    const node = el('div', { class: 'msg', 'data-testid': 'message', 'data-author': item.author });
    node.dataset.state = item.state;
    if (item.id) node.dataset.id = item.id;
    const label = authorLabel(item);
    if (label) node.append(el('div', { class: 'author' }, label));
    const bubble = el('div', { class: 'bubble' });
    bubble.append(renderText(item.text));
    node.append(bubble);
    // A message noting a file offers it as a download (fetched with the customer token).
    if (item.id && item.state === 'sent' && item.text.includes('📎 ')) {
      const download = el(
        'button',
        { type: 'button', class: 'download', 'data-testid': 'download' },
        strings.downloadFile,
      );
      download.addEventListener('click', () => handlers.onDownload(item));
      node.append(download);
    }
    if (item.author !== 'system') {
      const meta = el('div', { class: 'meta', 'data-state': item.state });
      if (item.state === 'sent') meta.append(formatTime(item.createdAt, language));
      else if (item.state === 'pending') meta.append(strings.sending);
      else {
        meta.append(strings.failed);
        const retry = el('button', { type: 'button', class: 'retry' }, strings.retry);
        const id = item.clientMessageId;
        if (id) retry.addEventListener('click', () => handlers.onRetry(id));
        meta.append(retry);
      }
      node.append(meta);
    }
    if (item.buttons?.length) {
      const chips = el('div', { class: 'chips', role: 'group' });
      for (const reply of item.buttons) {
        const chip = el(
          'button',
          { type: 'button', class: 'chip', 'data-testid': 'quick-reply' },
          reply.label,
        );
        chip.disabled = !areButtonsActive;
        chip.addEventListener('click', () => {
          for (const other of chips.querySelectorAll('button')) other.disabled = true;
          handlers.onQuickReply(item, reply);
        });
        chips.append(chip);
      }
      node.append(chips);
    }
    return node;
  }

  function render(items: Item[]) {
    lastItems = items;
    const shouldStick = isNearBottom();
    let lastCustomerIndex = -1;
    items.forEach((item, index) => {
      if (item.author === 'customer') lastCustomerIndex = index;
    });
    let previous: Element = greetingEl;
    items.forEach((item, index) => {
      // Suggestions go stale once the customer has said something after them.
      const areButtonsActive = !item.areButtonsUsed && index > lastCustomerIndex;
      const signature = [
        item.state,
        item.id ?? '',
        item.text,
        areButtonsActive,
        language,
        item.createdAt,
      ].join('|');
      let entry = elements.get(item);
      if (!entry || entry.signature !== signature) {
        const node = buildMessage(item, areButtonsActive);
        if (entry) entry.node.replaceWith(node);
        entry = { node, signature };
        elements.set(item, entry);
      }
      if (previous.nextElementSibling !== entry.node) previous.after(entry.node);
      previous = entry.node;
    });
    // Bubbles of items that no longer exist (a pending copy replaced by its stored message).
    while (previous.nextElementSibling) previous.nextElementSibling.remove();
    const last = items[items.length - 1];
    if (shouldStick || (last?.author === 'customer' && last.state !== 'sent')) scrollToBottom();
  }

  function submit() {
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    autosize();
    handlers.onComposing(false);
    handlers.onSend(text);
    input.focus();
  }

  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    panel.replaceChildren();
    scroller.hidden = false;
    form.hidden = false;
    (panelReturnFocus ?? input).focus();
  }

  function openPanel(spec: PanelSpec) {
    panelReturnFocus = (shadow.activeElement as HTMLElement | null) ?? null;
    scroller.hidden = true;
    form.hidden = true;
    panel.hidden = false;
    renderPanel(panel, spec, closePanel);
  }

  function autosize() {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 132)}px`;
  }

  launcher.addEventListener('click', () => setOpen(!isOpen));
  closeButton.addEventListener('click', () => setOpen(false));
  windowEl.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) setOpen(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    if (!isSendKey(event)) return;
    event.preventDefault();
    submit();
  });
  input.addEventListener('input', () => {
    autosize();
    handlers.onComposing(input.value.trim() !== '');
  });
  input.addEventListener('blur', () => handlers.onComposing(false));
  mailButton.addEventListener('click', () => handlers.onEmailTranscript());
  phoneButton.addEventListener('click', () => handlers.onRequestCallback());
  offerButton.addEventListener('click', () => handlers.onLeaveMessage());
  for (const button of starButtons) {
    button.addEventListener('click', () => {
      csatScore = Number(button.dataset.score);
      applyStrings();
    });
  }
  csatSubmit.addEventListener('click', async () => {
    if (csatScore === 0 || csatState !== 'asking') return;
    csatState = 'sending';
    csatNote.textContent = '';
    applyStrings();
    const isStored = await handlers.onRate(
      csatScore,
      (csatComment as HTMLTextAreaElement).value.trim(),
    );
    csatState = isStored ? 'done' : 'asking';
    if (!isStored) csatNote.textContent = strings.csatFailed;
    applyStrings();
  });
  languageSelect.addEventListener('change', () => {
    const value = languageSelect.value as Language;
    handlers.onLanguageChange(value);
  });

  applyStrings();

  return {
    host,
    isOpen: () => isOpen,
    setOpen,
    setLanguage(next: Language, nextStrings: Strings) {
      language = next;
      strings = nextStrings;
      applyStrings();
      render(lastItems);
    },
    setTitle(name: string) {
      title = name;
      applyStrings();
    },
    /** Shows `text` as a proactive bubble (not while the chat is open); `onOpen` runs on its click. */
    showProactive(text: string, onOpen: () => void): boolean {
      if (isOpen) return false;
      proactive.textContent = text;
      onProactive = onOpen;
      proactive.hidden = false;
      return true;
    },
    setGreeting(text: string | null) {
      greeting = text ?? '';
      applyStrings();
    },
    setStatus(next: ConversationStatus, name: string | null) {
      status = next;
      assigneeName = name;
      applyStrings();
    },
    setConnected(isConnected: boolean) {
      banner.hidden = isConnected;
    },
    setTyping(isTyping: boolean) {
      const shouldStick = isNearBottom();
      typing.hidden = !isTyping;
      if (shouldStick) scrollToBottom();
    },
    /** The transcript button appears once there is a conversation to send. */
    setHasConversation(has: boolean) {
      mailButton.hidden = !has;
      phoneButton.hidden = !has;
    },
    /** A message with a "leave a message" button under the conversation, or none. */
    /** A short notice under the thread (a file that cannot be sent), or none. */
    setNotice(message: string | null) {
      notice.textContent = message ?? '';
      notice.hidden = message === null;
      if (message !== null) scrollToBottom();
    },
    setOffer(message: string | null) {
      offerMessage = message;
      offer.hidden = message === null;
      applyStrings();
      if (message !== null && isNearBottom()) scrollToBottom();
    },
    openPanel,
    closePanel,
    addUnread(count: number) {
      if (isOpen || count <= 0) return;
      unread += count;
      applyStrings();
    },
    render,
  };
}
