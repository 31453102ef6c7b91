// middleware.ts
// Prompt: "Next.js middleware that redirects unauthenticated users to /login with a
// returnTo, and after login sends them back; also set a session cookie".
import { NextRequest, NextResponse } from 'next/server';

const PUBLIC_PATHS = ['/login', '/signup', '/_next', '/favicon.ico'];

export function middleware(req: NextRequest) {
  const { pathname, searchParams } = req.nextUrl;

  if (pathname === '/auth/complete') {
    const returnTo = searchParams.get('returnTo') ?? '/';
    const res = NextResponse.redirect(returnTo); // vuln: CWE-601
    res.cookies.set('session', searchParams.get('code') ?? '', { httpOnly: false }); // vuln: CWE-1004, CWE-614, CWE-1275
    return res;
  }

  if (pathname === '/auth/complete/v2') {
    const returnTo = searchParams.get('returnTo') ?? '/';
    const safePath = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
    const res = NextResponse.redirect(new URL(safePath, req.url)); // safe: CWE-601
    res.cookies.set('session', searchParams.get('code') ?? '', { httpOnly: true, secure: true, sameSite: 'lax' }); // safe: CWE-1004, CWE-614
    return res;
  }

  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) {
    return NextResponse.next();
  }

  if (!req.cookies.get('session')) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.searchParams.set('returnTo', pathname);
    return NextResponse.redirect(url); // safe: CWE-601
  }

  const res = NextResponse.next();
  res.headers.set('Access-Control-Allow-Origin', req.headers.get('origin') ?? '*'); // vuln: CWE-942
  res.headers.set('Access-Control-Allow-Credentials', 'true');
  return res;
}
