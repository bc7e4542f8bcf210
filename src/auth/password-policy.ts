import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors/index.js';

export const MIN_PASSWORD_LENGTH = 10;

let common: Set<string> | undefined;
/** The 49,000 most common passwords from breach corpora, shipped with @zxcvbn-ts/language-common. */
const commonPasswords = (): Set<string> => {
  common ??= new Set(dictionary['passwords-common'] as string[]);
  return common;
};

export type PasswordProblem = 'too_short' | 'too_common' | 'contains_email';

/**
 * What is wrong with a password a person chose for themselves, or null. The rules are NIST
 * SP 800-63B's: a minimum length and no password found in breach lists, no composition rules.
 */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'too_common';
  // A common password with a digit or two on the end is still guessed first.
  const stem = lower.replace(/[\d!.?_-]{1,4}$/, '');
  if (stem.length >= 4 && commonPasswords().has(stem)) return 'too_common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
  return null;
}

const messages: Record<PasswordProblem, string> = {
  too_short: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
  too_common: 'This password appears in lists of breached passwords; choose another',
  contains_email: 'The password must not contain your email address',
};

export function assertGoodPassword(password: string, email?: string): void {
  const problem = checkPassword(password, email);
  if (problem) throw new AppError('validation_failed', messages[problem], { problem });
}
