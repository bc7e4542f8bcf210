/** The console path of the routing settings page. */
export const routingPath = `${import.meta.env.BASE_URL}routing`;

/** Who may change routing: the same roles the server allows. */
export const canManageRouting = (role: string): boolean => role === 'admin' || role === 'owner';
