/** The console path of the operations dashboard. */
export const analyticsPath = `${import.meta.env.BASE_URL}analytics`;

/** Who may read analytics: the same roles the server allows. */
export const canReadAnalytics = (role: string): boolean =>
  role === 'admin' || role === 'supervisor' || role === 'owner';
