const key = 'tsunagi.console.tenant';

export type TenantChoice = { id: string; name: string; role: string };

/** The tenant a person of several tenants chose to work in, kept for the tab's life. */
export const tenantChoice = {
  get(): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(tenantId: string): void {
    try {
      sessionStorage.setItem(key, tenantId);
    } catch {
      // Without storage the choice lasts until reload.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
  },
};
