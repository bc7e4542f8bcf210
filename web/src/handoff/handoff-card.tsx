import type { Handoff } from '../api/types';
import { type MessageKey, useI18n } from '../i18n';
import './handoff.css';

const reasonKeys: Record<string, MessageKey> = {
  requested: 'handoff.reason.requested',
  low_confidence: 'handoff.reason.low_confidence',
  form: 'handoff.reason.form',
};

const entityKeys: Record<string, MessageKey> = {
  order_number: 'entity.order_number',
  email: 'entity.email',
  phone: 'entity.phone',
  date: 'entity.date',
  amount: 'entity.amount',
  url: 'entity.url',
};

/** What the bot learnt before handing over: the first thing an operator reads. */
export function HandoffCard({ handoff }: { handoff: Handoff | null }) {
  const { t } = useI18n();

  if (!handoff) {
    return (
      <section className="card handoff handoff--empty" aria-label={t('handoff.title')}>
        <h2 className="card__title">{t('handoff.title')}</h2>
        <p className="handoff__none">{t('handoff.none')}</p>
      </section>
    );
  }

  const reason = handoff.reason ? reasonKeys[handoff.reason] : undefined;
  const entityLabel = (type: string) =>
    type in entityKeys ? t(entityKeys[type] as MessageKey) : type;
  const hasChips = handoff.entities.length > 0 || handoff.keywords.length > 0;

  return (
    <section className="card handoff" data-testid="handoff-card" aria-labelledby="handoff-title">
      <div className="handoff__top">
        <h2 id="handoff-title" className="card__title">
          {t('handoff.title')}
        </h2>
        <span
          className={`sentiment sentiment--${handoff.sentiment}`}
          title={t('handoff.sentiment')}
        >
          <span className="visually-hidden">{t('handoff.sentiment')}: </span>
          {t(`sentiment.${handoff.sentiment}`)}
        </span>
      </div>
      <p className="handoff__summary" data-testid="handoff-summary">
        {handoff.summary}
      </p>
      {(handoff.intent || reason) && (
        <dl className="handoff__facts">
          {handoff.intent && (
            <div>
              <dt>{t('handoff.intent')}</dt>
              <dd className="handoff__intent">{handoff.intent}</dd>
            </div>
          )}
          {reason && (
            <div>
              <dt className="visually-hidden">{t('handoff.title')}</dt>
              <dd className="handoff__reason">{t(reason)}</dd>
            </div>
          )}
        </dl>
      )}
      {handoff.form && (
        <dl
          className="handoff__facts handoff__form"
          data-testid="handoff-form"
          aria-label={t('handoff.form')}
        >
          <div>
            <dt>{t('handoff.form.name')}</dt>
            <dd>{handoff.form.name}</dd>
          </div>
          <div>
            <dt>{t('handoff.form.email')}</dt>
            <dd>{handoff.form.email}</dd>
          </div>
          {handoff.form.subject && (
            <div>
              <dt>{t('handoff.form.subject')}</dt>
              <dd>{handoff.form.subject}</dd>
            </div>
          )}
        </dl>
      )}
      {hasChips && (
        <div className="handoff__chips">
          {handoff.entities.length > 0 && (
            <ul className="chips" aria-label={t('handoff.entities')}>
              {handoff.entities.map((entity) => (
                <li
                  key={`${entity.type}\u0000${entity.value}`}
                  className="chip chip--entity"
                  data-testid="chip"
                >
                  <span className="chip__type">{entityLabel(entity.type)}</span>
                  <span className="chip__value">{entity.value}</span>
                </li>
              ))}
            </ul>
          )}
          {handoff.keywords.length > 0 && (
            <ul className="chips" aria-label={t('handoff.keywords')}>
              {handoff.keywords.map((keyword) => (
                <li key={keyword} className="chip" data-testid="chip">
                  {keyword}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {handoff.botAnswers.length > 0 && (
        <details className="handoff__answers">
          <summary>{t('handoff.botAnswers', { count: handoff.botAnswers.length })}</summary>
          <ol>
            {handoff.botAnswers.map((answer, index) => (
              // Answers can repeat word for word; their order is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders.
              <li key={index}>{answer}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
