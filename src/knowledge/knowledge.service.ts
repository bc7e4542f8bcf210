import type { EventBus } from '../bus/index.js';
import { AppError, notFound } from '../errors/index.js';
import { newId } from '../ids/index.js';
import {
  detectLanguage,
  FaqIndex,
  japaneseAnalyzerVersion,
  normalise,
  primeAnswerPolicy,
} from '../nlu/index.js';
import type { Faq, FaqRepository } from './faq.repository.js';
import type { ParsedFaqCsv, RowError } from './faq-csv.js';
import { parseFaqCsvOffThread, parseFaqXlsx } from './faq-xlsx.js';
import { spreadsheetLimits } from './spreadsheet-limits.js';
import type { UnansweredQuestion, UnansweredRepository } from './unanswered.repository.js';
import { createUnansweredBatch } from './unanswered-batch.js';

export type NewFaq = {
  question: string;
  answer: string;
  category?: string | null | undefined;
  language?: string | null | undefined;
  alternates?: string[] | undefined;
};

export type FaqPatch = {
  question?: string | undefined;
  answer?: string | undefined;
  category?: string | null | undefined;
  alternates?: string[] | undefined;
};

/** `append` adds every row; `upsert` updates the FAQ whose question is the same. */
export type ImportMode = 'append' | 'upsert';

export type ImportResult = { imported: number; updated: number; errors: RowError[] };

type IndexEntry = {
  version: number;
  index: Promise<FaqIndex>;
  ready: FaqIndex | undefined;
  /** Serve `ready` while `index` builds (only when the analyser, not the FAQ, changed). */
  isStaleOk: boolean;
};

/** Most alternates one FAQ keeps; learning stops adding beyond it. */
const MAX_ALTERNATES = 100;

/** Same question for upsert and dedupe: width, case, kana and punctuation aside. */
const sameText = (text: string) => normalise(text);

/**
 * The tenant's FAQ, the in-memory search index built from it, and what the bot could not
 * answer. The index is rebuilt lazily after any change, so a new FAQ (or a learnt alternate)
 * is answered by the next message without a training step.
 */
export function createKnowledgeService({
  faqs,
  unanswered,
  bus,
  onError = () => {},
}: {
  faqs: FaqRepository;
  unanswered?: UnansweredRepository | undefined;
  bus: EventBus;
  onError?: (error: unknown) => void;
}) {
  /** Per tenant: the index being built or built, and the last one finished (`ready`). */
  const indexes = new Map<string, IndexEntry>();

  const toFaq = (tenantId: string, input: NewFaq): Faq => {
    const now = new Date().toISOString();
    return {
      id: newId('faq'),
      tenantId,
      question: input.question.trim(),
      answer: input.answer.trim(),
      category: input.category?.trim() || null,
      language: input.language ?? detectLanguage(input.question),
      alternates: cleanAlternates(input.question, input.alternates ?? []),
      createdAt: now,
      updatedAt: now,
    };
  };

  const changed = (tenantId: string) => {
    indexes.delete(tenantId);
    bus.publish({ type: 'faq.changed', tenantId });
  };

  const getOrThrow = async (tenantId: string, id: string): Promise<Faq> => {
    const faq = await faqs.findById(tenantId, id);
    if (!faq) throw notFound('FAQ');
    return faq;
  };

  const openQuestions = (): UnansweredRepository => {
    if (!unanswered) throw new AppError('not_found', 'Unanswered questions are not kept here');
    return unanswered;
  };

  /** Adds a phrasing to a FAQ unless it is its question or already one of its alternates. */
  const addAlternate = async (faq: Faq, text: string): Promise<Faq> => {
    const alternates = cleanAlternates(faq.question, [...faq.alternates, text]);
    if (alternates.length === faq.alternates.length || alternates.length > MAX_ALTERNATES)
      return faq;
    const updated = { ...faq, alternates, updatedAt: new Date().toISOString() };
    await faqs.update(updated);
    changed(faq.tenantId);
    return updated;
  };

  const importParsed = async (
    tenantId: string,
    parsed: ParsedFaqCsv,
    mode: ImportMode,
  ): Promise<ImportResult> => {
    if (parsed.fatal) throw new AppError('validation_failed', parsed.fatal);
    const { maxFaqs } = spreadsheetLimits;
    if (parsed.rows.length + parsed.errors.length > maxFaqs) {
      throw new AppError(
        'validation_failed',
        `At most ${maxFaqs} FAQ per import; this file has ${parsed.rows.length + parsed.errors.length} rows. Split it into several files.`,
      );
    }
    const inserts: Faq[] = [];
    const updates = new Map<string, Faq>();
    const existing = new Map<string, Faq>();
    if (mode === 'upsert') {
      for (const faq of await faqs.listByTenant(tenantId))
        existing.set(sameText(faq.question), faq);
    }
    const now = new Date().toISOString();
    for (const { value } of parsed.rows) {
      const key = sameText(value.question);
      const match = existing.get(key);
      if (match) {
        const updated: Faq = {
          ...match,
          question: value.question,
          answer: value.answer,
          category: value.category ?? match.category,
          updatedAt: now,
        };
        const pending = inserts.findIndex((f) => f.id === match.id);
        if (pending >= 0) inserts[pending] = updated;
        else updates.set(match.id, updated);
        existing.set(key, updated);
        continue;
      }
      const faq = toFaq(tenantId, value);
      inserts.push(faq);
      // A file repeating a question updates its own earlier row in upsert mode.
      if (mode === 'upsert') existing.set(key, faq);
    }
    await faqs.saveMany(inserts, [...updates.values()]);
    if (parsed.rows.length > 0) changed(tenantId);
    return { imported: inserts.length, updated: updates.size, errors: parsed.errors };
  };

  const unansweredBatch = createUnansweredBatch(unanswered, onError);

  const service = {
    async createFaq(tenantId: string, input: NewFaq): Promise<Faq> {
      const faq = toFaq(tenantId, input);
      await faqs.insertMany([faq]);
      changed(tenantId);
      return faq;
    },

    listFaqs: (tenantId: string, window?: { limit: number; offset: number }) =>
      faqs.listByTenant(tenantId, window),

    getFaq: getOrThrow,

    async updateFaq(tenantId: string, id: string, patch: FaqPatch): Promise<Faq> {
      const faq = await getOrThrow(tenantId, id);
      const question = patch.question?.trim() || faq.question;
      const updated: Faq = {
        ...faq,
        question,
        answer: patch.answer?.trim() || faq.answer,
        category: patch.category === undefined ? faq.category : patch.category?.trim() || null,
        alternates: cleanAlternates(question, patch.alternates ?? faq.alternates),
        updatedAt: new Date().toISOString(),
      };
      if (!(await faqs.update(updated))) throw notFound('FAQ');
      changed(tenantId);
      return updated;
    },

    async deleteFaq(tenantId: string, id: string): Promise<void> {
      if (!(await faqs.remove(tenantId, id))) throw notFound('FAQ');
      changed(tenantId);
    },

    /** Good rows are kept, bad rows reported with their row number. */
    async importCsv(
      tenantId: string,
      csv: string,
      mode: ImportMode = 'append',
    ): Promise<ImportResult> {
      return importParsed(tenantId, await parseFaqCsvOffThread(csv), mode);
    },

    /** The first worksheet, with the same header and rules as the CSV import. */
    async importXlsx(
      tenantId: string,
      data: Buffer,
      mode: ImportMode = 'append',
    ): Promise<ImportResult> {
      return importParsed(tenantId, await parseFaqXlsx(data), mode);
    },

    getIndex(tenantId: string): Promise<FaqIndex> {
      const cached = indexes.get(tenantId);
      const version = japaneseAnalyzerVersion();
      if (cached && cached.version === version) {
        return cached.isStaleOk && cached.ready ? Promise.resolve(cached.ready) : cached.index;
      }
      // The answer policy is calibrated on the new index before it serves (in slices too).
      const index = faqs
        .listByTenant(tenantId)
        .then((list) => FaqIndex.buildInSlices(list))
        .then(async (built) => {
          // Customers' picks from lists are real labelled questions: they calibrate too.
          const choices = unanswered ? await unanswered.listChoices(tenantId, 500) : [];
          await primeAnswerPolicy(built, choices);
          return built;
        });
      // Same FAQ, better analysis (the Japanese dictionary loaded): the old index answers
      // until the new one is built. After a FAQ change nothing stale is served.
      const entry: IndexEntry = {
        version,
        index,
        ready: cached?.ready,
        isStaleOk: !!cached?.ready,
      };
      indexes.set(tenantId, entry);
      index.then(
        (built) => {
          entry.ready = built;
          entry.isStaleOk = false;
        },
        (error: unknown) => {
          if (indexes.get(tenantId) === entry) indexes.delete(tenantId);
          if (entry.isStaleOk) onError(error);
        },
      );
      return entry.isStaleOk && entry.ready ? Promise.resolve(entry.ready) : index;
    },

    /** Drops a cached index (another node changed the FAQ). */
    invalidate(tenantId: string): void {
      indexes.delete(tenantId);
    },

    /**
     * Keeps a customer question the bot could not answer, for the admin's list. Never
     * rejects: the customer's message is already stored and answered.
     */
    async recordUnanswered(
      tenantId: string,
      question: { conversationId: string | null; text: string },
    ): Promise<void> {
      if (!unanswered) return;
      const text = question.text.trim().slice(0, 1000);
      if (!text) return;
      await unansweredBatch.add({
        id: newId('unq'),
        tenantId,
        conversationId: question.conversationId,
        text,
        language: detectLanguage(text),
        createdAt: new Date().toISOString(),
        resolvedAt: null,
        resolvedFaqId: null,
        chosenFaqId: null,
      });
    },

    listUnanswered: (tenantId: string, limit = 200, offset = 0): Promise<UnansweredQuestion[]> =>
      openQuestions().listOpen(tenantId, limit, offset),

    /**
     * Open questions grouped by similarity: by the FAQ the customer picked from a list, else
     * the FAQ the search ranks first, else by shared wording. Each group names the FAQ its
     * questions would become alternates of, so adding one takes a single action.
     */
    async listUnansweredGroups(tenantId: string, limit = 200): Promise<UnansweredGroup[]> {
      return service.groupUnanswered(tenantId, await openQuestions().listOpen(tenantId, limit));
    },

    /** These open questions grouped as `listUnansweredGroups` does (one page of them, say). */
    async groupUnanswered(
      tenantId: string,
      questions: UnansweredQuestion[],
    ): Promise<UnansweredGroup[]> {
      const index = await service.getIndex(tenantId);
      const byId = new Map(index.docs.map((doc) => [doc.id, doc]));
      return groupQuestions(questions, (text) => {
        const top = index.search(text, { limit: 1 })[0];
        return top && top.matchedTerms.length > 0 ? top.id : null;
      }).map((group) => {
        const faq = group.faqId ? byId.get(group.faqId) : undefined;
        return {
          suggestedFaq: faq ? { id: faq.id, question: faq.question } : null,
          questions: group.questions,
        };
      });
    },

    /**
     * The customer picked a FAQ from the bot's list: the question they had typed is labelled
     * with it (the policy calibrates on such picks; the admin adds it as an alternate).
     */
    async recordListChoice(
      tenantId: string,
      choice: { conversationId: string; faqId: string; text: string },
    ): Promise<void> {
      if (!unanswered) return;
      const open = await unanswered.latestOpenInConversation(tenantId, choice.conversationId);
      if (!open || open.chosenFaqId || sameText(open.text) === sameText(choice.text)) return;
      await unanswered.recordChoice(tenantId, open.id, choice.faqId).catch(onError);
    },

    /** One click: the question becomes a new FAQ with the given answer. */
    async addUnansweredAsFaq(
      tenantId: string,
      questionId: string,
      input: { answer: string; category?: string | null | undefined },
    ): Promise<Faq> {
      const repository = openQuestions();
      const question = await repository.findById(tenantId, questionId);
      if (!question || question.resolvedAt) throw notFound('Unanswered question');
      const faq = toFaq(tenantId, { question: question.text, ...input });
      await faqs.insertMany([faq]);
      await repository.resolve(tenantId, [question.id], faq.id, new Date().toISOString());
      changed(tenantId);
      return faq;
    },

    /** One click: the question's wording becomes an alternate of an existing FAQ. */
    async addUnansweredAsAlternate(
      tenantId: string,
      questionId: string,
      faqId: string,
    ): Promise<Faq> {
      const repository = openQuestions();
      const question = await repository.findById(tenantId, questionId);
      if (!question || question.resolvedAt) throw notFound('Unanswered question');
      const faq = await addAlternate(await getOrThrow(tenantId, faqId), question.text);
      await repository.resolve(tenantId, [question.id], faq.id, new Date().toISOString());
      return faq;
    },

    async dismissUnanswered(tenantId: string, questionId: string): Promise<void> {
      const changedRows = await openQuestions().resolve(
        tenantId,
        [questionId],
        null,
        new Date().toISOString(),
      );
      if (changedRows === 0) throw notFound('Unanswered question');
    },

    /**
     * An operator answered a conversation with a FAQ: the customer's wording (the question
     * the bot missed in it, else the given fallback) becomes an alternate of that FAQ.
     */
    async learnFromOperator(
      tenantId: string,
      options: { faqId: string; conversationId: string; fallbackText?: string | undefined },
    ): Promise<{ faq: Faq; learnt: string | null }> {
      const faq = await getOrThrow(tenantId, options.faqId);
      const open = unanswered
        ? await unanswered.latestOpenInConversation(tenantId, options.conversationId)
        : undefined;
      const text = open?.text ?? options.fallbackText?.trim();
      if (!text) return { faq, learnt: null };
      const updated = await addAlternate(faq, text);
      if (open && unanswered) {
        await unanswered.resolve(tenantId, [open.id], faq.id, new Date().toISOString());
      }
      return { faq: updated, learnt: updated === faq ? null : text };
    },
  };
  return service;
}

export type UnansweredGroup = {
  suggestedFaq: { id: string; question: string } | null;
  questions: UnansweredQuestion[];
};

/** Character bigrams of a normalised text, for grouping questions that share wording. */
function bigramSet(text: string): Set<string> {
  const s = normalise(text).replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
};

/** Questions sharing at least this share of their bigrams are grouped without a FAQ. */
const SAME_WORDING = 0.35;

/** Groups by chosen or nearest FAQ, then the rest by shared wording; biggest groups first. */
export function groupQuestions(
  questions: UnansweredQuestion[],
  nearestFaq: (text: string) => string | null,
): { faqId: string | null; questions: UnansweredQuestion[] }[] {
  const byFaq = new Map<string, UnansweredQuestion[]>();
  const loose: { grams: Set<string>; questions: UnansweredQuestion[] }[] = [];
  for (const question of questions) {
    const faqId = question.chosenFaqId ?? nearestFaq(question.text);
    if (faqId) {
      byFaq.set(faqId, [...(byFaq.get(faqId) ?? []), question]);
      continue;
    }
    const grams = bigramSet(question.text);
    const near = loose.find((group) => jaccard(group.grams, grams) >= SAME_WORDING);
    if (near) near.questions.push(question);
    else loose.push({ grams, questions: [question] });
  }
  return [
    ...[...byFaq].map(([faqId, list]) => ({ faqId, questions: list })),
    ...loose.map((group) => ({ faqId: null, questions: group.questions })),
  ].sort((a, b) => b.questions.length - a.questions.length);
}

/** Trimmed, non-empty, without the question itself or repeats (compared normalised). */
function cleanAlternates(question: string, alternates: string[]): string[] {
  const seen = new Set([sameText(question)]);
  const out: string[] = [];
  for (const alternate of alternates) {
    const text = alternate.trim();
    const key = sameText(text);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
