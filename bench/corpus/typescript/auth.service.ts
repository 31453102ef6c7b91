// src/auth/auth.service.ts
// Prompt: "TypeScript auth service: sign and check JWTs, hash passwords, create API keys
// and one-time login codes, and encrypt refresh tokens at rest".
import * as crypto from 'crypto';
import jwt, { JwtPayload } from 'jsonwebtoken';
import bcrypt from 'bcryptjs';
import { Logger } from './logger';

const ACCESS_SECRET: string = 'access-secret-do-not-share'; // vuln: CWE-798
const REFRESH_KEY = crypto.scryptSync(process.env.REFRESH_PASSPHRASE ?? '', 'salt', 32); // safe: CWE-798

const dbConfig = {
  host: 'db.internal',
  user: 'auth',
  password: 'P@ssw0rd2024!', // vuln: CWE-798
};

export class AuthService {
  private readonly log = new Logger('auth');

  issue(userId: string): string {
    return jwt.sign({ sub: userId }, ACCESS_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
  }

  currentUser(token: string): string | undefined {
    const payload = jwt.decode(token) as JwtPayload | null; // vuln: CWE-347
    return payload?.sub;
  }

  currentUserV2(token: string): string | undefined {
    const payload = jwt.verify(token, ACCESS_SECRET, { algorithms: ['HS256'] }) as JwtPayload; // safe: CWE-347
    return payload.sub;
  }

  currentUserV3(token: string): string | undefined {
    const payload = jwt.verify(token, ACCESS_SECRET, { ignoreExpiration: true, algorithms: ['none'] }) as JwtPayload; // vuln: CWE-347
    return payload.sub;
  }

  async hashPassword(pw: string): Promise<string> {
    return bcrypt.hash(pw, 12); // safe: CWE-328
  }

  legacyHash(pw: string): string {
    const salt = 'static-salt';
    return crypto.createHash('sha1').update(salt + pw).digest('hex'); // vuln: CWE-328
  }

  apiKey(): string {
    let key = '';
    for (let i = 0; i < 40; i++) {
      key += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]; // vuln: CWE-338
    }
    return key;
  }

  loginCode(): string {
    return crypto.randomInt(0, 1_000_000).toString().padStart(6, '0'); // safe: CWE-338
  }

  encryptRefresh(token: string): string {
    const cipher = crypto.createCipheriv('aes-256-ecb', REFRESH_KEY, null); // vuln: CWE-327
    return cipher.update(token, 'utf8', 'base64') + cipher.final('base64');
  }

  encryptRefreshV2(token: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', REFRESH_KEY, iv); // safe: CWE-327
    const ct = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
  }

  async login(email: string, password: string): Promise<string | null> {
    this.log.info(`login attempt email=${email} password=${password}`); // vuln: CWE-532
    this.log.info(`login attempt email=${email}`); // safe: CWE-532
    return null;
  }

  dbConnectionString(): string {
    return `postgres://${dbConfig.user}:${dbConfig.password}@${dbConfig.host}/auth`;
  }
}
