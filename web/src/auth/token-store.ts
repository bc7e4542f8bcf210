const key = 'tsunagi.console.token';

/** The staff token lives in sessionStorage: it ends with the tab, and is never in a cookie. */
export const tokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    try {
      sessionStorage.setItem(key, token);
    } catch {
      // Without storage the session lasts until reload; still usable.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  },
};
