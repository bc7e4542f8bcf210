import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type DesktopPermission,
  desktopPermission,
  readMuted,
  writeMuted,
} from './alert-preference';
import { playChime, unlockAudio } from './play-chime';

export type AssignmentAlert = {
  conversationId: string;
  title: string;
  body: string;
};

export type AssignmentAlerts = {
  isMuted: boolean;
  permission: DesktopPermission;
  /** From a user gesture: toggles mute, and asks for desktop notifications when unmuting. */
  toggle: () => void;
  /** From a user gesture: asks the browser to allow desktop notifications. */
  requestDesktop: () => void;
  /** A conversation was just assigned to me. */
  alert: (alert: AssignmentAlert) => void;
};

/** Sound and desktop notification when a conversation is assigned to me; mutable, remembered. */
export function useAssignmentAlerts(onOpen: (conversationId: string) => void): AssignmentAlerts {
  const [isMuted, setMuted] = useState(readMuted);
  const [permission, setPermission] = useState<DesktopPermission>(desktopPermission);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const isMutedRef = useRef(isMuted);
  isMutedRef.current = isMuted;

  // The first key or click of the session unlocks audio, so a later chime is heard.
  useEffect(() => {
    const unlock = () => unlockAudio();
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);

  const requestDesktop = useCallback(() => {
    unlockAudio();
    if (desktopPermission() !== 'default') return;
    Notification.requestPermission()
      .then(setPermission)
      .catch(() => setPermission(desktopPermission()));
  }, []);

  const toggle = useCallback(() => {
    unlockAudio();
    const next = !isMutedRef.current;
    setMuted(next);
    writeMuted(next);
    if (!next) requestDesktop();
  }, [requestDesktop]);

  const alert = useCallback((item: AssignmentAlert) => {
    if (isMutedRef.current) return;
    playChime();
    // A desktop notification only when the console is not what the operator is looking at.
    if (desktopPermission() !== 'granted' || (document.hasFocus() && !document.hidden)) return;
    try {
      const notification = new Notification(item.title, {
        body: item.body,
        tag: `assignment-${item.conversationId}`,
      });
      notification.onclick = () => {
        window.focus();
        onOpenRef.current(item.conversationId);
        notification.close();
      };
    } catch {
      // Some platforms only allow notifications from a service worker; the chime was enough.
    }
  }, []);

  return { isMuted, permission, toggle, requestDesktop, alert };
}
