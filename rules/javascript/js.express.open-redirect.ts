import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const callbackUrl = request.nextUrl.searchParams.get('callbackUrl') ?? '/';
  // ruleid: js.express.open-redirect
  return NextResponse.redirect(new URL(callbackUrl, request.url));
}

export async function POST(request: NextRequest) {
  // ok: js.express.open-redirect
  return NextResponse.redirect(new URL('/dashboard', request.url));
}
