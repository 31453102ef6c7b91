const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function buildInvite(len = 24): string {
  let apiKey = '';
  for (let i = 0; i < len; i++) {
    // ruleid: js.lang.insecure-random
    apiKey += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return apiKey;
}

export class KeyService {
  generateSigningKey(): string {
    const parts: string[] = [];
    for (let i = 0; i < 4; i++) {
      // ruleid: js.lang.insecure-random
      parts.push(Math.random().toString(36).slice(2));
    }
    return parts.join('');
  }

  shuffle<T>(items: T[]): T[] {
    // ok: js.lang.insecure-random
    return items.sort(() => Math.random() - 0.5);
  }
}

export function jitter(ms: number): number {
  // ok: js.lang.insecure-random
  const delay = ms + Math.random() * 100;
  return delay;
}

export function listKey(i: number) {
  // ok: js.lang.insecure-random
  const rowId = `${i}-${Math.random()}`;
  return rowId;
}
