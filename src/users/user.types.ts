export const staffRoles = ['admin', 'supervisor', 'agent', 'annotator'] as const;
export type StaffRole = (typeof staffRoles)[number];
export type Role = 'owner' | StaffRole;
export type AgentStatus = 'online' | 'away' | 'offline';

export type User = {
  id: string;
  /** null only for the installation owner, who belongs to no tenant. */
  tenantId: string | null;
  email: string;
  name: string;
  role: Role;
  languages: string[];
  skills: string[];
  maxConcurrent: number;
  status: AgentStatus;
  statusChangedAt: string;
  createdAt: string;
};

/** What an authenticated request acts as. */
export type Principal = {
  userId: string;
  tenantId: string | null;
  role: Role;
  name: string;
  email: string;
  /** The session the request came with (absent for API tokens and tests' own principals). */
  sessionId?: string;
  /** Personal data in answers is masked: the role lacks `pii.read`, or the tenant masks it for agents. */
  isPiiMasked?: boolean;
  /** Set for an API token: it may do only what these scopes allow (see auth/policy.ts). */
  scopes?: readonly string[];
};
