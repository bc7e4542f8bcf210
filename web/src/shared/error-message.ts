import { isApiError } from '../api/api-error';
import type { I18n } from '../i18n';

/** A human sentence for a failed call, in the viewer's language where we know the cause. */
export function describeError(error: unknown, t: I18n['t']): string {
  if (isApiError(error)) {
    if (error.code === 'network_error') return t('errors.network');
    return error.message || error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
