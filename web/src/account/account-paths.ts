/** Where the account, users, audit and owner pages live (kept apart from the pages, which use the top bar). */
const base = import.meta.env.BASE_URL;
export const accountPath = `${base}account`;
export const usersPath = `${base}users`;
export const auditPath = `${base}audit`;
export const resetPath = `${base}reset`;
export const ownerUsagePath = `${base}owner/usage`;
