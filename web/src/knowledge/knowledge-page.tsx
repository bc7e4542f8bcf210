import {
  type FormEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  createKnowledgeApi,
  type Faq,
  faqPageSize,
  type ImportResult,
  type KnowledgeApi,
  type Parse,
  type UnansweredGroup,
} from './knowledge-api';
import './knowledge.css';

export const knowledgePath = `${import.meta.env.BASE_URL}knowledge`;

type KnowledgePageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

/** Enter while a Japanese IME is converting confirms the conversion; it must not submit. */
const blockImeEnter = (event: KeyboardEvent<HTMLElement>) => {
  if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229)) {
    event.preventDefault();
  }
};

/** The FAQ admin page: try the bot, import, questions the bot missed, and the FAQ itself. */
export function KnowledgePage({ token, user, tenantId, onSignOut, onExpired }: KnowledgePageProps) {
  const { t } = useI18n();
  const api = useMemo(
    () =>
      createKnowledgeApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
        () => token,
      ),
    [token, onExpired, tenantId],
  );
  const [faqs, setFaqs] = useState<Faq[] | null>(null);
  const [unanswered, setUnanswered] = useState<UnansweredGroup[]>([]);
  const [faqCursor, setFaqCursor] = useState<string | null>(null);
  const [unansweredCursor, setUnansweredCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A reload after an edit keeps as many rows as were loaded (up to the server's page cap).
  const loaded = useRef({ faqs: faqPageSize, unanswered: faqPageSize });

  const load = useCallback(async () => {
    try {
      const [list, open] = await Promise.all([
        api.list({ limit: Math.min(500, loaded.current.faqs) }),
        api.unanswered({ limit: Math.min(500, loaded.current.unanswered) }),
      ]);
      setFaqs(list.faqs);
      setFaqCursor(list.nextCursor);
      setUnanswered(open.groups);
      setUnansweredCursor(open.nextCursor);
    } catch (e) {
      setError(t('knowledge.loadFailed', { message: describeError(e, t) }));
    }
  }, [api, t]);
  const loadMore = async (which: 'faqs' | 'unanswered') => {
    setError(null);
    try {
      if (which === 'faqs' && faqCursor) {
        const page = await api.list({ limit: faqPageSize, cursor: faqCursor });
        setFaqs((current) => {
          const next = [...(current ?? []), ...page.faqs];
          loaded.current.faqs = next.length;
          return next;
        });
        setFaqCursor(page.nextCursor);
      } else if (which === 'unanswered' && unansweredCursor) {
        // Groups are made over all the questions shown: load more of them and group again.
        loaded.current.unanswered += faqPageSize;
        await load();
      }
    } catch (e) {
      setError(t('knowledge.loadFailed', { message: describeError(e, t) }));
    }
  };
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setError(null);
    setNotice(null);
    try {
      await work();
      if (done) setNotice(done);
      await load();
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="knowledge" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('knowledge.backToInbox')}</a>
        </p>
        <h1>{t('knowledge.title')}</h1>
        {error && (
          <p className="knowledge__error" role="alert">
            {error}
          </p>
        )}
        {notice && (
          <p className="knowledge__notice" role="status">
            {notice}
          </p>
        )}
        <TryTheBot api={api} />
        <ImportForm api={api} onImported={load} />
        <UnansweredList faqs={faqs ?? []} groups={unanswered} run={run} api={api} />
        {unansweredCursor && (
          <LoadMore label={t('paging.loadMoreQuestions')} onClick={() => loadMore('unanswered')} />
        )}
        <FaqList faqs={faqs} run={run} api={api} />
        {faqCursor && (
          <LoadMore label={t('paging.loadMoreFaqs')} onClick={() => loadMore('faqs')} />
        )}
      </main>
    </div>
  );
}

function TryTheBot({ api }: { api: KnowledgeApi }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Parse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setError(null);
    try {
      setResult(await api.parse(text.trim()));
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  const percent = (n: number) => `${Math.round(n * 100)}%`;
  return (
    <section aria-labelledby="try-bot">
      <h2 id="try-bot">{t('knowledge.try.title')}</h2>
      <form className="knowledge__row" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="try-text">
          {t('knowledge.try.label')}
        </label>
        <input
          id="try-text"
          value={text}
          maxLength={5000}
          placeholder={t('knowledge.try.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={blockImeEnter}
        />
        <button type="submit" className="button">
          {t('knowledge.try.submit')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {result && (
        <dl className="knowledge__result" aria-live="polite">
          <dt>{t('knowledge.try.decision')}</dt>
          <dd>{t(`knowledge.try.decision.${result.decision}`)}</dd>
          <dt>{t('knowledge.try.faq')}</dt>
          <dd>{result.faq ? result.faq.question : t('knowledge.try.none')}</dd>
          {result.faq && (
            <>
              <dt>{t('knowledge.try.answer')}</dt>
              <dd className="knowledge__answer">{result.faq.answer}</dd>
              <dt>{t('knowledge.try.why')}</dt>
              <dd>
                {t('knowledge.try.scores', {
                  confidence: percent(result.faq.confidence),
                  score: result.faq.score.toFixed(2),
                })}
                {result.faq.matchedTerms.length > 0 && (
                  <>
                    {' · '}
                    {t('knowledge.try.matched', { terms: result.faq.matchedTerms.join('、') })}
                  </>
                )}
              </dd>
            </>
          )}
          <dt>{t('knowledge.policy.title')}</dt>
          <dd data-testid="policy-reason">
            {t(`knowledge.policy.reason.${result.policy.reason}`)}
            {' · '}
            {t('knowledge.policy.probability', {
              probability: percent(result.policy.probability),
              list: percent(result.policy.listProbability),
              runnerUp: percent(result.policy.runnerUpRatio),
            })}
            {result.policy.action === 'list' && (
              <ol className="knowledge__candidates">
                {result.policy.candidates.map((c) => (
                  <li key={c.id}>{c.question}</li>
                ))}
              </ol>
            )}
          </dd>
          <dt>{t('knowledge.try.intent')}</dt>
          <dd>
            {result.intent
              ? `${result.intent.name} (${percent(result.intent.confidence)})`
              : t('knowledge.try.none')}
          </dd>
          <dt>{t('knowledge.try.language')}</dt>
          <dd>{result.language}</dd>
          <dt>{t('knowledge.try.keywords')}</dt>
          <dd>{result.keywords.join('、') || t('knowledge.try.none')}</dd>
        </dl>
      )}
    </section>
  );
}

function ImportForm({ api, onImported }: { api: KnowledgeApi; onImported: () => Promise<void> }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'append' | 'upsert'>('upsert');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.importFile(file, mode));
      await onImported();
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="import-faq">
      <h2 id="import-faq">{t('knowledge.import.title')}</h2>
      <p>{t('knowledge.import.help')}</p>
      <form className="knowledge__row" onSubmit={submit}>
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('knowledge.import.file')}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <label>
          <input
            type="checkbox"
            checked={mode === 'upsert'}
            onChange={(e) => setMode(e.target.checked ? 'upsert' : 'append')}
          />{' '}
          {t('knowledge.import.upsert')}
        </label>
        <button type="submit" className="button" disabled={!file || isBusy}>
          {t('knowledge.import.submit')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {result && (
        <div role="status">
          <p>
            {t('knowledge.import.done', {
              imported: String(result.imported),
              updated: String(result.updated),
              errors: String(result.errors.length),
            })}
          </p>
          {result.errors.length > 0 && (
            <ul>
              {result.errors.map((e) => (
                <li key={e.row}>
                  {t('knowledge.import.rowError', { row: String(e.row), message: e.message })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

type Run = (work: () => Promise<unknown>, done?: string) => Promise<void>;

function UnansweredList({
  groups,
  faqs,
  api,
  run,
}: {
  groups: UnansweredGroup[];
  faqs: Faq[];
  api: KnowledgeApi;
  run: Run;
}) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [targets, setTargets] = useState<Record<string, string>>({});
  const questionOf = (id: string | null | undefined) =>
    faqs.find((f) => f.id === id)?.question ?? null;
  return (
    <section aria-labelledby="unanswered">
      <h2 id="unanswered">{t('knowledge.unanswered.title')}</h2>
      {groups.length === 0 ? (
        <p>{t('knowledge.unanswered.none')}</p>
      ) : (
        groups.map((group) => (
          <section
            key={group.questions[0]?.id ?? group.suggestedFaq?.id}
            className="knowledge__group"
            aria-label={
              group.suggestedFaq
                ? t('knowledge.learn.groupNear', { question: group.suggestedFaq.question })
                : t('knowledge.learn.groupLoose')
            }
          >
            <h3 className="knowledge__group-title">
              {group.suggestedFaq
                ? t('knowledge.learn.groupNear', { question: group.suggestedFaq.question })
                : t('knowledge.learn.groupLoose')}
            </h3>
            <ul className="knowledge__list">
              {group.questions.map((q) => {
                const suggested = q.chosenFaqId ?? group.suggestedFaq?.id ?? '';
                const suggestedQuestion = questionOf(suggested);
                const target = targets[q.id] ?? suggested;
                return (
                  <li key={q.id} className="knowledge__item">
                    <p className="knowledge__question">
                      {q.text}
                      {q.chosenFaqId && (
                        <span className="knowledge__badge">
                          {t('knowledge.learn.picked', {
                            question: questionOf(q.chosenFaqId) ?? '—',
                          })}
                        </span>
                      )}
                    </p>
                    {suggestedQuestion && (
                      <div className="knowledge__row">
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void run(
                              () => api.addAsAlternate(q.id, suggested),
                              t('knowledge.unanswered.added'),
                            )
                          }
                        >
                          {t('knowledge.learn.addTo', { question: suggestedQuestion })}
                        </button>
                      </div>
                    )}
                    <div className="knowledge__row">
                      <textarea
                        aria-label={t('knowledge.unanswered.answer')}
                        placeholder={t('knowledge.unanswered.answer')}
                        value={answers[q.id] ?? ''}
                        onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })}
                      />
                      <button
                        type="button"
                        className="button"
                        disabled={!answers[q.id]?.trim()}
                        onClick={() =>
                          void run(
                            () => api.addAsFaq(q.id, answers[q.id]?.trim() ?? ''),
                            t('knowledge.unanswered.added'),
                          )
                        }
                      >
                        {t('knowledge.unanswered.addFaq')}
                      </button>
                    </div>
                    <div className="knowledge__row">
                      <select
                        aria-label={t('knowledge.unanswered.pickFaq')}
                        value={target}
                        onChange={(e) => setTargets({ ...targets, [q.id]: e.target.value })}
                      >
                        <option value="">{t('knowledge.unanswered.pickFaq')}</option>
                        {faqs.map((f) => (
                          <option key={f.id} value={f.id}>
                            {f.question}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="button"
                        disabled={!target}
                        onClick={() =>
                          void run(
                            () => api.addAsAlternate(q.id, target),
                            t('knowledge.unanswered.added'),
                          )
                        }
                      >
                        {t('knowledge.unanswered.addAlternate')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => void run(() => api.dismiss(q.id))}
                      >
                        {t('knowledge.unanswered.dismiss')}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

/** Fetches the next page of a list; busy while it loads. */
function LoadMore({ label, onClick }: { label: string; onClick: () => Promise<void> }) {
  const { t } = useI18n();
  const [isBusy, setBusy] = useState(false);
  return (
    <p className="knowledge__row">
      <button
        type="button"
        className="button button--ghost"
        disabled={isBusy}
        aria-busy={isBusy}
        onClick={() => {
          setBusy(true);
          void onClick().finally(() => setBusy(false));
        }}
      >
        {isBusy ? t('app.loading') : label}
      </button>
    </p>
  );
}

function FaqList({ faqs, api, run }: { faqs: Faq[] | null; api: KnowledgeApi; run: Run }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!faqs || !needle) return faqs ?? [];
    return faqs.filter((f) =>
      [f.question, f.answer, f.category ?? '', ...f.alternates].some((s) =>
        s.toLowerCase().includes(needle),
      ),
    );
  }, [faqs, query]);
  return (
    <section aria-labelledby="faq-list">
      <h2 id="faq-list">{t('knowledge.list.title', { count: String(faqs?.length ?? 0) })}</h2>
      <label className="knowledge__row">
        <span>{t('knowledge.list.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {faqs === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <ul className="knowledge__list">
          {shown.map((faq) =>
            editing === faq.id ? (
              <FaqEditor
                key={faq.id}
                faq={faq}
                onCancel={() => setEditing(null)}
                onSave={(patch) =>
                  run(async () => {
                    await api.update(faq.id, patch);
                    setEditing(null);
                  }, t('knowledge.list.saved'))
                }
              />
            ) : (
              <li key={faq.id} className="knowledge__item">
                <p className="knowledge__question">{faq.question}</p>
                <p className="knowledge__answer">{faq.answer}</p>
                {faq.alternates.length > 0 && (
                  <p className="knowledge__meta">
                    {t('knowledge.list.alternates', { list: faq.alternates.join(' / ') })}
                  </p>
                )}
                <div className="knowledge__row">
                  <button type="button" className="button" onClick={() => setEditing(faq.id)}>
                    {t('knowledge.list.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => {
                      if (window.confirm(t('knowledge.list.confirmDelete'))) {
                        void run(() => api.remove(faq.id), t('knowledge.list.deleted'));
                      }
                    }}
                  >
                    {t('knowledge.list.delete')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function FaqEditor({
  faq,
  onSave,
  onCancel,
}: {
  faq: Faq;
  onSave: (patch: {
    question: string;
    answer: string;
    category: string | null;
    alternates: string[];
  }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [question, setQuestion] = useState(faq.question);
  const [answer, setAnswer] = useState(faq.answer);
  const [category, setCategory] = useState(faq.category ?? '');
  const [alternates, setAlternates] = useState(faq.alternates.join('\n'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSave({
      question: question.trim(),
      answer: answer.trim(),
      category: category.trim() || null,
      alternates: alternates
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    });
  };
  return (
    <li className="knowledge__item">
      <form className="knowledge__editor" onSubmit={submit}>
        <label>
          {t('knowledge.edit.question')}
          <input
            value={question}
            required
            maxLength={1000}
            onChange={(e) => setQuestion(e.target.value)}
            onKeyDown={blockImeEnter}
          />
        </label>
        <label>
          {t('knowledge.edit.answer')}
          <textarea value={answer} required onChange={(e) => setAnswer(e.target.value)} />
        </label>
        <label>
          {t('knowledge.edit.category')}
          <input
            value={category}
            maxLength={100}
            onChange={(e) => setCategory(e.target.value)}
            onKeyDown={blockImeEnter}
          />
        </label>
        <label>
          {t('knowledge.edit.alternates')}
          <textarea value={alternates} onChange={(e) => setAlternates(e.target.value)} />
        </label>
        <div className="knowledge__row">
          <button type="submit" className="button">
            {t('knowledge.edit.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('knowledge.edit.cancel')}
          </button>
        </div>
      </form>
    </li>
  );
}
