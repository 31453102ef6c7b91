import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';

export async function POST(request: NextRequest) {
  const { token } = await request.json();
  const res = NextResponse.json({ ok: true });
  // ruleid: js.express.cookie-secure-disabled
  res.cookies.set('session', token, { path: '/', secure: false });
  // ok: js.express.cookie-secure-disabled
  res.cookies.set('session', token, { path: '/', secure: true });
  return res;
}

export async function login(token: string) {
  // ruleid: js.express.cookie-secure-disabled
  cookies().set({ name: 'auth', value: token, secure: false });
  // ok: js.express.cookie-secure-disabled
  const params = new URLSearchParams(); params.set('flag', 'x');
}
