import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url');
  // ruleid: js.node.ssrf
  const upstream = await fetch(target!);
  return new NextResponse(upstream.body, { status: upstream.status });
}

export async function POST(request: NextRequest) {
  const { slug } = await request.json();
  // ok: js.node.ssrf
  const upstream = await fetch(`https://cms.example.com/api/pages/${slug}`);
  return NextResponse.json(await upstream.json());
}
