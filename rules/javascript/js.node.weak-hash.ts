import * as crypto from 'crypto';

export function tokenDigest(token: string): string {
  // ruleid: js.node.weak-hash
  return crypto.createHash('md5').update(token).digest('hex');
}

export function safeDigest(token: string): string {
  // ok: js.node.weak-hash
  return crypto.createHash('sha3-256').update(token).digest('hex');
}
