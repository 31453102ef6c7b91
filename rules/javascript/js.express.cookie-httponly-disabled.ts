import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';

export async function POST(request: NextRequest) {
  const { token } = await request.json();
  const res = NextResponse.json({ ok: true });
  // ruleid: js.express.cookie-httponly-disabled
  res.cookies.set('session', token, { path: '/', httpOnly: false });
  // ok: js.express.cookie-httponly-disabled
  res.cookies.set('session', token, { path: '/', httpOnly: true });
  return res;
}

export async function login(token: string) {
  // ruleid: js.express.cookie-httponly-disabled
  cookies().set({ name: 'auth', value: token, httpOnly: false });
  // ok: js.express.cookie-httponly-disabled
  const params = new URLSearchParams(); params.set('flag', 'x');
}
