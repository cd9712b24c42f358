import { createHash, createHmac } from 'node:crypto';

/** A stable pseudonymous key: the same input gives the same key, and the key does not reveal the input. */
export function pseudonym(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url').slice(0, 22);
}

export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
