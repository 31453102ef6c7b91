import { NextRequest, NextResponse } from 'next/server';

export function middleware(req: NextRequest) {
  const res = NextResponse.next();
  // ruleid: js.express.cors-reflected-origin
  res.headers.set('Access-Control-Allow-Origin', req.headers.get('origin') ?? '*');
  res.headers.set('Access-Control-Allow-Credentials', 'true');
  return res;
}

const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

export async function OPTIONS(request: NextRequest) {
  const origin = request.headers.get('Origin') ?? '';
  const res = new NextResponse(null, { status: 204 });
  if (ALLOWED.includes(origin)) {
    // ok: js.express.cors-reflected-origin
    res.headers.set('Access-Control-Allow-Origin', origin);
  }
  // ok: js.express.cors-reflected-origin
  res.headers.set('Access-Control-Allow-Methods', request.headers.get('origin') ? 'GET' : 'GET');
  return res;
}
