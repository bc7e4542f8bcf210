/**
 * One error type for the whole domain. Transport maps each code to a status in one exhaustive
 * table (src/http/error-map.ts), so domain code never speaks HTTP.
 */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_transition'
  | 'too_many_requests'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'mfa_setup_required'
  | 'ip_not_allowed';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
