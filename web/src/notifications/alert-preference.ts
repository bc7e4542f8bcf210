const mutedKey = 'tsunagi.alerts.muted';

/** Whether the operator muted assignment alerts on this browser. */
export function readMuted(): boolean {
  try {
    return window.localStorage.getItem(mutedKey) === '1';
  } catch {
    return false;
  }
}

export function writeMuted(isMuted: boolean): void {
  try {
    if (isMuted) window.localStorage.setItem(mutedKey, '1');
    else window.localStorage.removeItem(mutedKey);
  } catch {
    // Private mode or storage full: the choice lasts for this page only.
  }
}

export type DesktopPermission = NotificationPermission | 'unsupported';

export function desktopPermission(): DesktopPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}
