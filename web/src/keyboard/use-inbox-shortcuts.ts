import { useEffect, useLayoutEffect, useRef } from 'react';

export type InboxShortcuts = {
  /** Off while another page (the supervisor view) replaces the inbox. */
  isEnabled?: boolean;
  /** Row ids of the visible list, in order. */
  rowIds: string[];
  cursorId: string | null;
  moveCursor: (id: string) => void;
  open: (id: string) => void;
  focusReply: () => void;
  onEscape: () => void;
  /** `s` puts the caret in the inbox search. */
  focusSearch?: () => void;
  /** `1`, `2`, `3` switch to the Queued, Mine and All tabs. */
  selectTab?: (index: number) => void;
};

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
};

const isNativelyActivated = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && target.closest('button, a, summary') !== null;

/**
 * j/k move through the inbox, Enter opens, r jumps to the reply box, s to the search,
 * 1/2/3 switch tabs; never while typing.
 */
export function useInboxShortcuts(shortcuts: InboxShortcuts): void {
  const ref = useRef(shortcuts);
  useLayoutEffect(() => {
    ref.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.isComposing || isTyping(event.target)) return;
      const { rowIds, cursorId, moveCursor, open, focusReply, onEscape } = ref.current;
      if (ref.current.isEnabled === false) return;
      const index = cursorId ? rowIds.indexOf(cursorId) : -1;

      switch (event.key) {
        case 'j':
        case 'k': {
          if (rowIds.length === 0) return;
          event.preventDefault();
          const step = event.key === 'j' ? 1 : -1;
          const next = index === -1 ? 0 : Math.min(rowIds.length - 1, Math.max(0, index + step));
          moveCursor(rowIds[next]!);
          return;
        }
        case 'Enter': {
          // A focused row is a button: the browser already turns Enter into a click.
          if (isNativelyActivated(event.target) || !cursorId || index === -1) return;
          event.preventDefault();
          open(cursorId);
          return;
        }
        case 'r': {
          event.preventDefault();
          focusReply();
          return;
        }
        case 's': {
          if (!ref.current.focusSearch) return;
          event.preventDefault();
          ref.current.focusSearch();
          return;
        }
        case '1':
        case '2':
        case '3': {
          if (!ref.current.selectTab) return;
          event.preventDefault();
          ref.current.selectTab(Number(event.key) - 1);
          return;
        }
        case 'Escape': {
          onEscape();
          return;
        }
        default:
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
