import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { MessageKey } from '../i18n';
import type { Vars } from '../i18n/languages';
import { CommandPalette } from './command-palette';

/** Where a command is listed, in this order. */
export const paletteSections = [
  'conversation',
  'inbox',
  'navigate',
  'status',
  'settings',
  'conversations',
] as const;
export type PaletteSection = (typeof paletteSections)[number];

export type PaletteCommand = {
  /** Unique within the console; also the option's data-command attribute. */
  id: string;
  section: PaletteSection;
  /** Shown in the UI language; matched in it and in English. */
  label: MessageKey;
  vars?: Vars;
  /** Placeholders that are themselves UI strings, translated with the label. */
  keyVars?: Record<string, MessageKey>;
  /** Shown muted under the label and matched too (a conversation's last message). */
  detail?: string;
  /** The key that does the same outside the palette, shown beside the command. */
  shortcut?: string;
  /** Asked each time the palette lists commands: false hides it (a button hidden on this screen). */
  isAvailable?: () => boolean;
  /** Listed only once something is typed (one entry per loaded conversation). */
  isSearchOnly?: boolean;
  run: () => void;
};

type Registry = Map<string, PaletteCommand[]>;

type PaletteContextValue = {
  registry: { current: Registry };
  open: () => void;
};

const PaletteContext = createContext<PaletteContextValue | null>(null);

const isPaletteKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) &&
  !event.altKey &&
  !event.shiftKey &&
  (event.key === 'k' || event.key === 'K');

/**
 * The Ctrl+K (⌘K on macOS) command palette. Components offer commands with
 * `usePaletteCommands` while they are shown, so the palette lists only what the page and the
 * signed-in user's role already allow, and runs the very handlers the buttons run.
 */
export function PaletteProvider({ children }: { children: ReactNode }) {
  const registry = useRef<Registry>(new Map());
  const [isOpen, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  const open = useCallback(() => {
    // Another modal (transfer, wrap-up) owns the keyboard until it closes.
    if (document.querySelector('dialog[open]:not([data-palette])')) return;
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteKey(event) || event.isComposing || event.keyCode === 229) return;
      // Also from the reply box and other fields: the browser's own Ctrl+K is not wanted here.
      event.preventDefault();
      if (!document.querySelector('dialog[data-palette][open]')) open();
    };
    // Capture: a field's own key handling cannot swallow the shortcut.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  const close = useCallback((command?: PaletteCommand) => {
    setOpen(false);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
    // After focus is back, so a command that moves focus (reply, search, a dialog) wins.
    command?.run();
  }, []);

  const value = useMemo(() => ({ registry, open }), [open]);

  return (
    <PaletteContext value={value}>
      {children}
      {isOpen && <CommandPalette registry={registry.current} onClose={close} />}
    </PaletteContext>
  );
}

/**
 * Offers commands to the palette while the calling component is mounted. The latest render's
 * commands are used, so `run` sees current state; pass only what the user may do right now.
 */
export function usePaletteCommands(commands: PaletteCommand[]): void {
  const context = use(PaletteContext);
  const key = useId();
  const registry = context?.registry;
  useLayoutEffect(() => {
    registry?.current.set(key, commands);
  });
  useLayoutEffect(() => {
    if (!registry) return;
    const map = registry.current;
    return () => {
      map.delete(key);
    };
  }, [registry, key]);
}

/** Opens the palette (for a visible button). */
export function useOpenPalette(): (() => void) | null {
  return use(PaletteContext)?.open ?? null;
}
