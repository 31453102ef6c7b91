// app/api/proxy/route.ts
// Prompt: "Next.js route handler that proxies images from a URL query param (for
// next/image from external hosts) and a callback route that redirects after OAuth".
import { NextRequest, NextResponse } from 'next/server';

const IMAGE_HOSTS = new Set(['images.example.com', 'avatars.githubusercontent.com']);

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url');
  if (!target) {
    return NextResponse.json({ error: 'missing url' }, { status: 400 });
  }
  const upstream = await fetch(target, { cache: 'no-store' }); // vuln: CWE-918
  const buf = await upstream.arrayBuffer();
  return new NextResponse(buf, {
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' },
  });
}

export async function HEAD(request: NextRequest) {
  const raw = request.nextUrl.searchParams.get('url') ?? '';
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return new NextResponse(null, { status: 400 });
  }
  if (parsed.protocol !== 'https:' || !IMAGE_HOSTS.has(parsed.hostname)) {
    return new NextResponse(null, { status: 403 });
  }
  const upstream = await fetch(parsed.toString(), { method: 'HEAD' }); // safe: CWE-918
  return new NextResponse(null, { status: upstream.status });
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const callback = form.get('callbackUrl') as string;
  return NextResponse.redirect(callback); // vuln: CWE-601
}

export async function PUT(request: NextRequest) {
  const form = await request.formData();
  const next = (form.get('next') as string) || '/';
  const dest = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return NextResponse.redirect(new URL(dest, request.url)); // safe: CWE-601
}

export async function PATCH(request: NextRequest) {
  const { webhook } = await request.json();
  const res = await fetch(`${webhook}/notify`, { method: 'POST', body: '{}' }); // vuln: CWE-918
  return NextResponse.json({ status: res.status });
}
