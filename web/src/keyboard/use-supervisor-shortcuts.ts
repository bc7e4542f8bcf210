import { useEffect, useLayoutEffect, useRef } from 'react';

export type SupervisorShortcuts = {
  isEnabled: boolean;
  /** Open conversations, in the order shown. */
  rowIds: string[];
  cursorId: string | null;
  moveCursor: (id: string) => void;
  onEscape: () => void;
};

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
};

/** j/k move through the open conversations of the supervisor view, Esc closes the one being read. */
export function useSupervisorShortcuts(shortcuts: SupervisorShortcuts): void {
  const ref = useRef(shortcuts);
  useLayoutEffect(() => {
    ref.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { isEnabled, rowIds, cursorId, moveCursor, onEscape } = ref.current;
      if (!isEnabled || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey)
        return;
      if (event.isComposing || isTyping(event.target)) return;
      if (event.key === 'Escape') {
        onEscape();
        return;
      }
      if ((event.key !== 'j' && event.key !== 'k') || rowIds.length === 0) return;
      event.preventDefault();
      const index = cursorId ? rowIds.indexOf(cursorId) : -1;
      const step = event.key === 'j' ? 1 : -1;
      const next = index === -1 ? 0 : Math.min(rowIds.length - 1, Math.max(0, index + step));
      moveCursor(rowIds[next] as string);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
