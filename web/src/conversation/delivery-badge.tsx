import type { DeliveryState } from '../api/types';
import { formatDateTime, useI18n } from '../i18n';

/**
 * Where a message to the customer stands on its channel. A failure says why, so an operator
 * never takes an undelivered answer (an unfollowed LINE user, a refused mail) for a sent one.
 */
export function DeliveryBadge({ delivery }: { delivery: DeliveryState }) {
  const { t, locale } = useI18n();
  const label =
    delivery.status === 'sent'
      ? t('delivery.sent')
      : delivery.status === 'failed'
        ? t('delivery.failed')
        : delivery.error
          ? t('delivery.retrying')
          : t('delivery.pending');
  const when = formatDateTime(locale, delivery.updatedAt);
  return (
    <p
      className={`delivery delivery--${delivery.status}`}
      data-testid="delivery"
      data-status={delivery.status}
      title={delivery.status === 'sent' ? when : (delivery.error ?? '')}
    >
      <span className="delivery__label">{label}</span>
      {delivery.status !== 'sent' && delivery.error && (
        <span className="delivery__reason">{t('delivery.reason', { reason: delivery.error })}</span>
      )}
    </p>
  );
}
