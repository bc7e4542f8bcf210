import { isApiError } from './api-error';
import type { HttpClient } from './http-client';
import type {
  AgentChoice,
  Attachment,
  CannedInput,
  CannedResponse,
  ConversationStaffDetails,
  ConversationUpdate,
  ModerationMatch,
  Note,
  Queue,
  Suggestion,
  WrapUp,
} from './types';

const enc = encodeURIComponent;

export type TransferTarget = { agentId: string } | { queueId: string };

/** The endpoints behind the conversation view's tools, bound to one tenant. */
export function createConversationApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  const conversation = (id: string) => `${base}/conversations/${enc(id)}`;
  return {
    /** Sends the customer a file (base64), as an agent reply noting it. */
    sendAttachment: (id: string, file: { filename: string; contentType: string; data: string }) =>
      http.request<{ attachment: { id: string } }>('POST', `${conversation(id)}/attachments`, file),
    listAttachments: (id: string) =>
      http.request<{ attachments: Attachment[] }>('GET', `${conversation(id)}/attachments`),
    /** The file's bytes, fetched with the session (the link itself carries no credentials). */
    async downloadAttachment(attachmentId: string): Promise<Blob> {
      if (!http.requestRaw) throw new Error('downloads need requestRaw');
      const response = await http.requestRaw('GET', `${base}/attachments/${enc(attachmentId)}`);
      return response.blob();
    },
    getDetails: (id: string) =>
      http.request<ConversationStaffDetails>('GET', `${conversation(id)}/details`),
    addNote: (id: string, text: string) =>
      http.request<Note>('POST', `${conversation(id)}/notes`, { text }),
    setHandling: (id: string, patch: { tags?: string[]; category?: string | null }) =>
      http.request<{ ok: boolean }>('PUT', `${conversation(id)}/handling`, patch),
    listTags: async () => (await http.request<{ tags: string[] }>('GET', `${base}/tags`)).tags,
    getWrapUpDraft: (id: string, language?: string) =>
      http.request<WrapUp>(
        'GET',
        `${conversation(id)}/wrap-up-draft${language ? `?language=${enc(language)}` : ''}`,
      ),
    saveWrapUp: (id: string, wrapUp: WrapUp) =>
      http.request<{ ok: boolean }>('PUT', `${conversation(id)}/wrap-up`, wrapUp),
    getSuggestions: async (id: string) =>
      (await http.request<{ suggestions: Suggestion[] }>('GET', `${conversation(id)}/suggestions`))
        .suggestions,
    // The quality check finds NG words in every variant (width, kana, spacing); the server
    // remembers the warning, so a reply sent anyway is recorded on its finding.
    checkText: async (text: string): Promise<ModerationMatch[]> =>
      (
        await http.request<{
          findings: { severity: string; start: number; end: number; text: string }[];
        }>('POST', `${base}/qa/check`, { text, author: 'agent' })
      ).findings
        .filter((f) => f.severity === 'high')
        .map((f) => ({ word: f.text, start: f.start, end: f.end })),
    setVip: async (contactId: string, isVip: boolean) =>
      (
        await http.request<{ isVip: boolean }>('PUT', `${base}/contacts/${enc(contactId)}/vip`, {
          isVip,
        })
      ).isVip,
    getBannedWords: () =>
      http.request<{ builtIn: string[]; words: string[] }>('GET', `${base}/banned-words`),
    setBannedWords: async (words: string[]) =>
      (await http.request<{ words: string[] }>('PUT', `${base}/banned-words`, { words })).words,
    listCanned: async () =>
      (await http.request<{ cannedResponses: CannedResponse[] }>('GET', `${base}/canned-responses`))
        .cannedResponses,
    createCanned: (input: CannedInput) =>
      http.request<CannedResponse>('POST', `${base}/canned-responses`, input),
    updateCanned: (cannedId: string, input: CannedInput) =>
      http.request<{ ok: boolean }>('PUT', `${base}/canned-responses/${enc(cannedId)}`, input),
    deleteCanned: (cannedId: string) =>
      http.request<{ ok: boolean }>('DELETE', `${base}/canned-responses/${enc(cannedId)}`),
    listQueues: async () =>
      (await http.request<{ queues: Queue[] }>('GET', `${base}/queues`)).queues,
    /**
     * Colleagues to transfer to. The user list is for supervisors; agents read the same names
     * from the overview, which every operator may see.
     */
    async listAgents(): Promise<AgentChoice[]> {
      try {
        return (await http.request<{ users: AgentChoice[] }>('GET', `${base}/users?limit=500`))
          .users;
      } catch (error) {
        if (!isApiError(error) || error.status !== 403) throw error;
        return (await http.request<{ agents: AgentChoice[] }>('GET', `${base}/supervisor/overview`))
          .agents;
      }
    },
    transfer: (id: string, target: TransferTarget, note: string) =>
      http.request<ConversationUpdate>('POST', `${conversation(id)}/transfer`, {
        ...target,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    handBack: (id: string) =>
      http.request<ConversationUpdate>('POST', `${conversation(id)}/hand-back`, {}),
  };
}

export type ConversationApi = ReturnType<typeof createConversationApi>;
