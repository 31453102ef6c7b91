import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';

export async function POST(request: NextRequest) {
  const { token } = await request.json();
  const res = NextResponse.json({ ok: true });
  // ruleid: js.express.cookie-missing-secure
  res.cookies.set('session', token, { httpOnly: true, sameSite: 'lax' });
  // ok: js.express.cookie-missing-secure
  res.cookies.set('session', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production' });
  // ok: js.express.cookie-missing-secure
  res.cookies.set('locale', 'de');
  return res;
}

export async function signIn(jwt: string) {
  // ruleid: js.express.cookie-missing-secure
  cookies().set('auth-token', jwt);
}
