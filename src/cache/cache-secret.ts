/**
 * The project's build-cache secret: entries our build caches write are signed with it (HMAC),
 * and an entry is used only if its signature verifies. It lives in the project root
 * (`.build-cache-secret`, git-ignored, created on first use), not in the cache directory, so
 * whoever can write a cache — or a CI that restores one from elsewhere — cannot make a build
 * publish or run what the cache holds: without the secret an entry is a miss.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CACHE_SECRET_FILE = '.build-cache-secret';

export interface CacheSigner {
  sign(...parts: string[]): string;
  verify(mac: string, ...parts: string[]): boolean;
}

/** The signer for this project's caches; undefined (no caching) when the secret cannot be read or made. */
export function cacheSigner(root: string): CacheSigner | undefined {
  const secret = readSecret(path.join(root, CACHE_SECRET_FILE));
  if (!secret) return undefined;
  const sign = (...parts: string[]) => {
    const hmac = createHmac('sha256', secret);
    for (const part of parts) hmac.update(part).update('\0');
    return hmac.digest('hex');
  };
  return {
    sign,
    verify(mac, ...parts) {
      const expected = Buffer.from(sign(...parts), 'hex');
      const given = Buffer.from(mac, 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/** A secret of at least 32 bytes written as hex, or undefined. */
function readHex(file: string): Buffer | undefined {
  try {
    const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    return secret.length >= 32 ? secret : undefined;
  } catch {
    return undefined;
  }
}

function readSecret(file: string): Buffer | undefined {
  const existing = readHex(file);
  if (existing) return existing;
  try {
    const secret = randomBytes(32);
    // `wx`: of two builds starting at once, one writes the secret and the other reads it.
    writeFileSync(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return readHex(file);
  }
}
