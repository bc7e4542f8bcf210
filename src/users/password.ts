import argon2 from 'argon2';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, t=2, p=1): a sixth of the cost of the
 * library's defaults (64 MiB, t=3, p=4), so twenty logins at once stay well under a second on
 * two cores. Hashes carry their own parameters: older ones verify and are redone at the next login.
 */
const options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, options);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters than today's. */
export function needsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, options);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const getDummyHash = (): Promise<string> => {
  dummyHash ??= hashPassword('not-a-real-password-0');
  return dummyHash;
};
