import type { HttpClient } from '../api/http-client';
import type { RequestOf, ResponseOf } from '../api/types';

const enc = encodeURIComponent;

export type AgentDay = ResponseOf<
  '/api/v1/tenants/{tenantId}/workforce/day',
  'get'
>['agents'][number];
export type WeeklySchedule = RequestOf<
  '/api/v1/tenants/{tenantId}/workforce/schedules/{agentId}',
  'put'
>;
export type Team = ResponseOf<'/api/v1/tenants/{tenantId}/workforce/teams', 'get'>['teams'][number];

/** Status timelines, schedules with adherence, and teams of one tenant. */
export function createWorkforceApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}/workforce`;
  return {
    day: async (date: string, timeZone: string) =>
      (
        await http.request<{ agents: AgentDay[] }>(
          'GET',
          `${base}/day?date=${enc(date)}&timeZone=${enc(timeZone)}`,
        )
      ).agents,
    schedule: async (agentId: string) =>
      (
        await http.request<{ schedule: WeeklySchedule | null }>(
          'GET',
          `${base}/schedules/${enc(agentId)}`,
        )
      ).schedule,
    setSchedule: (agentId: string, schedule: WeeklySchedule) =>
      http.request<{ schedule: WeeklySchedule }>(
        'PUT',
        `${base}/schedules/${enc(agentId)}`,
        schedule,
      ),
    teams: async () => (await http.request<{ teams: Team[] }>('GET', `${base}/teams`)).teams,
    createTeam: (name: string) => http.request<Team>('POST', `${base}/teams`, { name }),
    setMembers: (teamId: string, agentIds: string[]) =>
      http.request<Team>('PUT', `${base}/teams/${enc(teamId)}/members`, { agentIds }),
    deleteTeam: (teamId: string) =>
      http.request<{ ok: boolean }>('DELETE', `${base}/teams/${enc(teamId)}`),
  };
}

export type WorkforceApi = ReturnType<typeof createWorkforceApi>;

/** The browser's time zone, for days of operators without a schedule. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Today as YYYY-MM-DD in the browser's zone. */
export const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
