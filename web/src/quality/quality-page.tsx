import { useCallback, useEffect, useMemo, useState } from 'react';
import { io } from 'socket.io-client';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { callsPath, formatClock } from '../calls/calls-api';
import { formatDateTime, type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  type Criterion,
  createQualityApi,
  type QaAlert,
  type QueueFinding,
  type QueueItem,
  type Review,
  type StoredFinding,
  type Trend,
} from './quality-api';
import { canReviewQuality } from './quality-route';
import { useActivityReporter } from './use-activity-reporter';
import './quality.css';

type PageProps = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

const conversationHref = (id: string) =>
  `${import.meta.env.BASE_URL}conversations/${encodeURIComponent(id)}`;
const callHref = (id: string) => `${callsPath}?id=${encodeURIComponent(id)}`;

/** A finding in the queue: a chat message's span, or a call's with where it is heard. */
function QueueFindingLine({ finding }: { finding: QueueFinding }) {
  const { t } = useI18n();
  return (
    <li className={`finding finding--${finding.severity}`} data-testid="finding">
      <span className="finding__severity">
        {t(`quality.severity.${finding.severity}` as MessageKey)}
      </span>
      <span className="finding__rule">{t(`quality.rule.${finding.rule}` as MessageKey)}</span>
      <q className="finding__text">{finding.text}</q>
      {finding.second !== null && (
        <span className="finding__at">
          {t('quality.heardAt', { time: formatClock(finding.second) })}
        </span>
      )}
    </li>
  );
}

export function FindingLine({ finding }: { finding: StoredFinding }) {
  const { t } = useI18n();
  return (
    <li className={`finding finding--${finding.severity}`} data-testid="finding">
      <span className="finding__severity">
        {t(`quality.severity.${finding.severity}` as MessageKey)}
      </span>
      <span className="finding__rule">{t(`quality.rule.${finding.rule}` as MessageKey)}</span>
      <q className="finding__text">{finding.text}</q>
      {finding.sentDespiteWarning && (
        <span className="finding__flag">{t('quality.sentDespiteWarning')}</span>
      )}
    </li>
  );
}

function ReviewForm({
  criteria,
  onSubmit,
}: {
  criteria: Criterion[];
  onSubmit: (scores: Record<string, number>, comment: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [scores, setScores] = useState<Record<string, number>>(() =>
    Object.fromEntries(criteria.map((c) => [c.id, 3])),
  );
  const [comment, setComment] = useState('');
  const [isSaving, setSaving] = useState(false);
  return (
    <form
      className="quality__review"
      data-testid="review-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaving(true);
        try {
          await onSubmit(scores, comment.trim());
        } finally {
          setSaving(false);
        }
      }}
    >
      {criteria.map((c) => (
        <label key={c.id}>
          {t('quality.scoreFor', { criterion: c.label })}
          <select
            value={scores[c.id] ?? 3}
            onChange={(e) => setScores({ ...scores, [c.id]: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {t('quality.comment')}
        <textarea value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={isSaving}>
        {t('quality.submitReview')}
      </button>
    </form>
  );
}

/** Supervisors: live alerts, the review queue with scorecards, trends. Agents: their feedback. */
export function QualityPage({ token, user, tenantId, onSignOut, onExpired }: PageProps) {
  const { t, language } = useI18n();
  const api = useMemo(
    () =>
      createQualityApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  useActivityReporter(api);
  const isReviewer = canReviewQuality(user.role);
  const [alerts, setAlerts] = useState<QaAlert[]>([]);
  const [queue, setQueue] = useState<QueueItem[] | null>(null);
  const [criteria, setCriteria] = useState<Criterion[]>([]);
  const [trends, setTrends] = useState<Trend[]>([]);
  const [reviews, setReviews] = useState<Review[] | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback(
    (e: unknown) => setError(t('quality.loadFailed', { message: describeError(e, t) })),
    [t],
  );

  const load = useCallback(async () => {
    try {
      if (isReviewer) {
        const [q, c, tr] = await Promise.all([api.reviewQueue(), api.scorecard(), api.trends()]);
        setQueue(q);
        setCriteria(c);
        setTrends(tr);
      } else {
        setReviews(await api.reviews());
      }
    } catch (e) {
      fail(e);
    }
  }, [api, isReviewer, fail]);
  useEffect(() => {
    void load();
  }, [load]);

  // High findings arrive on the agent socket the moment a message is stored.
  useEffect(() => {
    if (!isReviewer) return;
    const socket = io('/agent', { path: '/socket.io', auth: { token } });
    socket.on('qa.alert', (alert: QaAlert) => {
      setAlerts((list) => [alert, ...list].slice(0, 50));
      void load();
    });
    return () => {
      socket.close();
    };
  }, [token, isReviewer, load]);

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="quality" id="conversation">
        <p>
          <a href={import.meta.env.BASE_URL}>{t('quality.backToInbox')}</a>
        </p>
        <h1>{t('quality.title')}</h1>
        {error && (
          <p className="quality__error" role="alert">
            {error}
          </p>
        )}
        {notice && (
          <output className="quality__notice" data-testid="quality-notice">
            {notice}
          </output>
        )}
        {isReviewer && (
          <>
            <section aria-labelledby="qa-alerts" data-testid="qa-alerts">
              <h2 id="qa-alerts">{t('quality.alerts')}</h2>
              <p className="quality__hint">{t('quality.alertsHint')}</p>
              {alerts.length === 0 ? (
                <p>{t('quality.alertsEmpty')}</p>
              ) : (
                <ul className="quality__alerts" aria-live="assertive">
                  {alerts.map((alert) => (
                    <li key={alert.finding.id} className="quality__alert" data-testid="qa-alert">
                      <time dateTime={alert.finding.createdAt}>
                        {formatDateTime(language, alert.finding.createdAt)}
                      </time>{' '}
                      <a href={conversationHref(alert.conversationId)}>{t('quality.open')}</a>
                      <ul>
                        <FindingLine finding={alert.finding} />
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="qa-queue" data-testid="qa-queue">
              <h2 id="qa-queue">{t('quality.queue')}</h2>
              {queue && queue.length === 0 && <p>{t('quality.queueEmpty')}</p>}
              <ol className="quality__queue">
                {queue?.map((item) => (
                  <li
                    key={`${item.kind}-${item.id}`}
                    className="quality__item"
                    data-testid="qa-queue-item"
                    data-kind={item.kind}
                  >
                    <div className="quality__item-head">
                      <strong>{t('quality.risk', { risk: item.risk })}</strong>
                      <span className="quality__kind">
                        {t(item.kind === 'call' ? 'quality.kindCall' : 'quality.kindChat')}
                      </span>
                      {item.kind === 'call' ? (
                        <a href={callHref(item.id)}>{t('quality.openCall')}</a>
                      ) : (
                        <a href={conversationHref(item.id)}>{t('quality.open')}</a>
                      )}
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-expanded={reviewing === item.id}
                        onClick={() => setReviewing(reviewing === item.id ? null : item.id)}
                      >
                        {t('quality.review')}
                      </button>
                    </div>
                    <ul className="quality__findings">
                      {item.findings.map((f) => (
                        <QueueFindingLine
                          key={`${f.messageId ?? f.segment}-${f.rule}-${f.start}`}
                          finding={f}
                        />
                      ))}
                    </ul>
                    {reviewing === item.id && criteria.length > 0 && (
                      <ReviewForm
                        criteria={criteria}
                        onSubmit={async (scores, comment) => {
                          try {
                            await api.review(item, scores, comment || undefined);
                            setReviewing(null);
                            setNotice(t('quality.reviewSaved'));
                            await load();
                          } catch (e) {
                            fail(e);
                          }
                        }}
                      />
                    )}
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="qa-trends">
              <h2 id="qa-trends">{t('quality.trends')}</h2>
              <table className="quality__table">
                <thead>
                  <tr>
                    <th scope="col">{t('quality.week')}</th>
                    <th scope="col">{t('quality.agent')}</th>
                    <th scope="col">{t('quality.high')}</th>
                    <th scope="col">{t('quality.medium')}</th>
                    <th scope="col">{t('quality.low')}</th>
                    <th scope="col">{t('quality.averageScore')}</th>
                  </tr>
                </thead>
                <tbody>
                  {trends.map((row) => (
                    <tr key={`${row.week}-${row.agentId}`}>
                      <td>{row.week}</td>
                      <td>{row.agentId}</td>
                      <td>{row.high}</td>
                      <td>{row.medium}</td>
                      <td>{row.low}</td>
                      <td>{row.averageScore === null ? '—' : row.averageScore.toFixed(1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
        {!isReviewer && (
          <section aria-labelledby="qa-feedback" data-testid="qa-feedback">
            <h2 id="qa-feedback">{t('quality.myFeedback')}</h2>
            {reviews && reviews.length === 0 && <p>{t('quality.noFeedback')}</p>}
            <ul className="quality__queue">
              {reviews?.map((r) => (
                <li key={r.id} className="quality__item">
                  <strong>
                    {t('quality.averageScore')}: {r.average.toFixed(1)}
                  </strong>{' '}
                  {r.callId ? (
                    <a href={callHref(r.callId)}>{t('quality.openCall')}</a>
                  ) : (
                    r.conversationId && (
                      <a href={conversationHref(r.conversationId)}>{t('quality.open')}</a>
                    )
                  )}
                  {r.comment && <p className="quality__comment">{r.comment}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
