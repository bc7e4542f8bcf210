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

/** Rows a page of the FAQ lists asks for. */
export const faqPageSize = 200;

const pageParams = ({ limit, cursor }: { limit?: number; cursor?: string }): string => {
  const params = new URLSearchParams();
  if (limit !== undefined) params.set('limit', String(limit));
  if (cursor !== undefined) params.set('cursor', cursor);
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** The knowledge-base endpoints the FAQ page uses. */
export function createKnowledgeApi(http: HttpClient, tenantId: string, getToken: () => string) {
  const base = `/api/v1/tenants/${encodeURIComponent(tenantId)}`;
  return {
    /** One page of the FAQ; `nextCursor` (null at the end) asks for the next. */
    list: (options: { limit?: number; cursor?: string } = {}) =>
      http.request<{ faqs: Faq[]; nextCursor: string | null }>(
        'GET',
        `${base}/faqs${pageParams(options)}`,
      ),
    create: (faq: { question: string; answer: string; category?: string }) =>
      http.request<{ id: string }>('POST', `${base}/faqs`, faq),
    update: (id: string, patch: FaqPatch) =>
      http.request<Faq>('PUT', `${base}/faqs/${encodeURIComponent(id)}`, patch),
    remove: (id: string) => http.request('DELETE', `${base}/faqs/${encodeURIComponent(id)}`),
    parse: (text: string) => http.request<Parse>('POST', `${base}/nlu/parse`, { text }),
    /** A page of open questions, and the same questions grouped by similarity. */
    unanswered: (options: { limit?: number; cursor?: string } = {}) =>
      http.request<{
        questions: Unanswered[];
        groups: UnansweredGroup[];
        nextCursor: string | null;
      }>('GET', `${base}/unanswered${pageParams(options)}`),
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
