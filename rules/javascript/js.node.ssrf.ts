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

import { Controller, Get, Query, Param, Body, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Controller('proxy')
export class ProxyController {
  constructor(private readonly httpService: HttpService) {}

  @Get('image')
  fetchImage(@Query('src') src: string) {
    // ruleid: js.node.ssrf
    return this.httpService.get(src);
  }

  @Post('webhook-test')
  async testWebhook(@Body() dto: { url: string }) {
    // ruleid: js.node.ssrf
    const res = await fetch(dto.url, { method: 'POST' });
    return res.status;
  }

  @Get('avatar/:user')
  avatar(@Param('user') user: string) {
    // ok: js.node.ssrf
    return this.httpService.get(`https://avatars.example.com/u/${encodeURIComponent(user)}`);
  }
}

export function middleware(request: NextRequest) {
  const origin = request.nextUrl.searchParams.get('ping');
  // ruleid: js.node.ssrf
  fetch(origin + '/health');
  return NextResponse.next();
}
