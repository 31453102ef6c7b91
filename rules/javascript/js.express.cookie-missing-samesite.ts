import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';

export async function POST(request: NextRequest) {
  const { token } = await request.json();
  const res = NextResponse.json({ ok: true });
  // ruleid: js.express.cookie-missing-samesite
  res.cookies.set('session', token);
  // ok: js.express.cookie-missing-samesite
  res.cookies.set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  // ok: js.express.cookie-missing-samesite
  res.cookies.set('theme', 'dark');
  return res;
}

export async function signIn(jwt: string) {
  // ruleid: js.express.cookie-missing-samesite
  cookies().set('auth-token', jwt, { path: '/', maxAge: 3600 });
}
