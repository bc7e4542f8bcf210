import { ApiError } from '../api/api-error';
import type { HttpClient } from '../api/http-client';

export type Faq = {
  id: string;
  question: string;
  answer: string;
  category: string | null;
  language: string | null;
  alternates: string[];
  createdAt: string;
  updatedAt: string;
};

export type FaqPatch = {
  question?: string;
  answer?: string;
  category?: string | null;
  alternates?: string[];
};

export type ImportResult = {
  imported: number;
  updated: number;
  errors: { row: number; message: string }[];
};

export type UnansweredGroup = {
  suggestedFaq: { id: string; question: string } | null;
  questions: Unanswered[];
};

export type Unanswered = {
  id: string;
  chosenFaqId?: string | null;
  conversationId: string | null;
  text: string;
  language: string | null;
  createdAt: string;
};

export type Parse = {
  language: string;
  intent: { name: string; confidence: number } | null;
  faq: {
    id: string;
    question: string;
    answer: string;
    score: number;
    confidence: number;
    matchedTerms: string[];
  } | null;
  decision: 'answer' | 'suggest' | 'hand_over';
  policy: {
    action: 'answer' | 'list' | 'decline';
    reason: 'clear_winner' | 'close_candidates' | 'weak_match' | 'no_match';
    probability: number;
    listProbability: number;
    runnerUpRatio: number;
    candidates: { id: string; question: string; score: number; confidence: number }[];
  };
  keywords: string[];
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The knowledge-base endpoints the FAQ page uses. */
export function createKnowledgeApi(http: HttpClient, tenantId: string, getToken: () => string) {
  const base = `/api/v1/tenants/${encodeURIComponent(tenantId)}`;
  return {
    list: async () => (await http.request<{ faqs: Faq[] }>('GET', `${base}/faqs`)).faqs,
    create: (faq: { question: string; answer: string; category?: string }) =>
      http.request<{ id: string }>('POST', `${base}/faqs`, faq),
    update: (id: string, patch: FaqPatch) =>
      http.request<Faq>('PUT', `${base}/faqs/${encodeURIComponent(id)}`, patch),
    remove: (id: string) => http.request('DELETE', `${base}/faqs/${encodeURIComponent(id)}`),
    parse: (text: string) => http.request<Parse>('POST', `${base}/nlu/parse`, { text }),
    unanswered: async () =>
      (await http.request<{ questions: Unanswered[] }>('GET', `${base}/unanswered`)).questions,
    unansweredGroups: async () =>
      (await http.request<{ groups: UnansweredGroup[] }>('GET', `${base}/unanswered`)).groups,
    addAsFaq: (id: string, answer: string) =>
      http.request<Faq>('POST', `${base}/unanswered/${encodeURIComponent(id)}/faq`, { answer }),
    addAsAlternate: (id: string, faqId: string) =>
      http.request<Faq>('POST', `${base}/unanswered/${encodeURIComponent(id)}/alternate`, {
        faqId,
      }),
    dismiss: (id: string) =>
      http.request('POST', `${base}/unanswered/${encodeURIComponent(id)}/dismiss`),
    /** CSV goes as text/csv, anything else as an XLSX file. */
    async importFile(file: File, mode: 'append' | 'upsert'): Promise<ImportResult> {
      const isCsv = file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv';
      const response = await fetch(`${base}/faqs/import?mode=${mode}`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${getToken()}`,
          'content-type': isCsv ? 'text/csv' : XLSX,
        },
        body: file,
      }).catch(() => {
        throw new ApiError(0, 'network_error', 'Network error');
      });
      const body = (await response.json().catch(() => ({}))) as ImportResult & {
        error?: { code: string; message: string };
      };
      if (!response.ok) {
        throw new ApiError(
          response.status,
          body.error?.code ?? 'http_error',
          body.error?.message ?? response.statusText,
        );
      }
      return body;
    },
  };
}

export type KnowledgeApi = ReturnType<typeof createKnowledgeApi>;
