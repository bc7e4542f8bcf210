import type { HttpClient } from './http-client';
import type {
  ConversationDetail,
  ConversationUpdate,
  ResponseOf,
  SupervisorOverview,
} from './types';

export type ScheduleBoard = ResponseOf<
  '/api/v1/tenants/{tenantId}/workforce/live',
  'get'
>['agents'];
export type TeamFigures = ResponseOf<
  '/api/v1/tenants/{tenantId}/workforce/team-figures',
  'get'
>['teams'];
export type OperatorCallFigures = ResponseOf<
  '/api/v1/tenants/{tenantId}/calls/by-agent',
  'get'
>['agents'];

const enc = encodeURIComponent;

/** What the supervisor view reads, and joining a conversation (assigning it to oneself). */
export function createSupervisorApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  return {
    overview: () => http.request<SupervisorOverview>('GET', `${base}/supervisor/overview`),
    getConversation: (id: string) =>
      http.request<ConversationDetail>('GET', `${base}/conversations/${enc(id)}`),
    join: (id: string) =>
      http.request<ConversationUpdate>('POST', `${base}/conversations/${enc(id)}/assign`, {}),
    /** Scheduled operators now: who should be online, who is absent. */
    scheduleBoard: async (): Promise<ScheduleBoard> =>
      (await http.request<{ agents: ScheduleBoard }>('GET', `${base}/workforce/live`)).agents,
    /** Per team over the last 24 hours. */
    teamFigures: async (): Promise<TeamFigures> =>
      (await http.request<{ teams: TeamFigures }>('GET', `${base}/workforce/team-figures`)).teams,
    /** Per operator's calls over the last 24 hours. */
    callFigures: async (now = Date.now()): Promise<OperatorCallFigures> => {
      const from = new Date(now - 86_400_000).toISOString();
      const to = new Date(now + 60_000).toISOString();
      return (
        await http.request<{ agents: OperatorCallFigures }>(
          'GET',
          `${base}/calls/by-agent?from=${enc(from)}&to=${enc(to)}`,
        )
      ).agents;
    },
  };
}

export type SupervisorApi = ReturnType<typeof createSupervisorApi>;
