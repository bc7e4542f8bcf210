import { useCallback, useEffect, useRef } from 'react';

/** The widget hides the indicator after a while; repeat "typing" sooner than that. */
const repeatMs = 3_000;
const idleMs = 4_000;

/**
 * Tells the customer the agent is typing: "typing" on the first keystroke and every few
 * seconds while it goes on, "stopped" after a pause, on send and when leaving.
 */
export function useAgentTyping(send: ((isTyping: boolean) => void) | null) {
  const lastSent = useRef(0);
  const isTyping = useRef(false);
  const idleTimer = useRef<number | undefined>(undefined);
  const sendRef = useRef(send);
  sendRef.current = send;

  const stop = useCallback(() => {
    window.clearTimeout(idleTimer.current);
    if (!isTyping.current) return;
    isTyping.current = false;
    sendRef.current?.(false);
  }, []);

  const notify = useCallback(() => {
    const now = Date.now();
    if (!isTyping.current || now - lastSent.current > repeatMs) {
      isTyping.current = true;
      lastSent.current = now;
      sendRef.current?.(true);
    }
    window.clearTimeout(idleTimer.current);
    idleTimer.current = window.setTimeout(stop, idleMs);
  }, [stop]);

  useEffect(() => stop, [stop]);

  return { notify, stop };
}
