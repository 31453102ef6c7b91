// ruleid: js.lang.hardcoded-credentials
export const ACCESS_SECRET: string = 'a9F!kQ2#vL8zR4pW';
// ok: js.lang.hardcoded-credentials
export const REFRESH_SECRET: string = process.env.REFRESH_SECRET ?? '';
// ruleid: js.lang.hardcoded-credentials
export const SESSION_SECRET: string = 'keyboard-cat-session-signing';
// ok: js.lang.hardcoded-credentials
export const RESET_TOKEN = 'reset-token';

export class PaymentsClient {
  // ruleid: js.lang.hardcoded-credentials
  private readonly apiKey = 'sk_live_51Hx9LmQe2bC4dE';
  // ok: js.lang.hardcoded-credentials
  private readonly apiKeyHeader = 'authorization';
  // ok: js.lang.hardcoded-credentials
  private readonly baseUrl = 'https://api.payments.example.com';
}

export const dbConfig = {
  host: 'db.internal',
  // ruleid: js.lang.hardcoded-credentials
  password: 'shop-db-pass-2024',
  // ok: js.lang.hardcoded-credentials
  passwordMinLength: 12,
};
