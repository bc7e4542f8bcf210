import { useEffect, useState } from 'react';
import type { Role } from '../api/types';

export const supervisorPath = `${import.meta.env.BASE_URL}supervisor`;

const supervisingRoles: ReadonlySet<Role | string> = new Set(['supervisor', 'admin', 'owner']);

export const canSupervise = (role: Role | string): boolean => supervisingRoles.has(role);

const isAtSupervisor = () => window.location.pathname.replace(/\/$/, '') === supervisorPath;

/**
 * Moves within the console without reloading: the socket, presence and inbox stay as they are.
 * Other route hooks re-read the location on popstate, so one is sent after the push.
 */
export function navigateTo(path: string): void {
  if (window.location.pathname !== path) window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * Whether the supervisor view is the current page (/console/supervisor). Someone whose role
 * has no supervisor view who lands there is sent to the inbox instead.
 */
export function useSupervisorRoute(isAllowed: boolean): boolean {
  const [isActive, setActive] = useState(isAtSupervisor);
  useEffect(() => {
    const onPop = () => setActive(isAtSupervisor());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (!isActive || isAllowed) return;
    window.history.replaceState(null, '', import.meta.env.BASE_URL);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, [isActive, isAllowed]);
  return isActive && isAllowed;
}
