/**
 * Passwords and bearer secrets. Passwords are hashed with scrypt from Node's crypto (memory-hard,
 * no native add-on to build) in a self-describing string, so the cost can be raised later without
 * invalidating stored hashes. Tokens and session ids are 256-bit random strings; only their
 * SHA-256 is stored, which is enough for secrets with that much entropy and keeps the per-request
 * lookup to one hash and one indexed read.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;
// scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that, so leave room.
const maxmem = 64 * 1024 * 1024;

function scryptAsync(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$hash` (base64url). Runs on the thread pool, not the event loop. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A password check against no account still costs one scrypt, so a login does not reveal by its
 * timing whether a user name exists.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  await scryptAsync(password, Buffer.alloc(16), cost);
}

/** A new bearer secret with a recognisable prefix (`atlas_…` for tokens). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
