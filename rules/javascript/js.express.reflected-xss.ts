import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NextRequest } from 'next/server';

@Controller('search')
export class SearchController {
  @Get()
  search(@Query('q') q: string, @Res() res: Response) {
    // ruleid: js.express.reflected-xss
    res.send(`<h2>Results for ${q}</h2>`);
  }

  @Get('json')
  searchJson(@Query('q') q: string, @Res() res: Response) {
    // ok: js.express.reflected-xss
    res.send({ q, results: [] });
  }
}

export async function POST(request: NextRequest, res: any) {
  const { comment } = await request.json();
  // ruleid: js.express.reflected-xss
  res.send('<div class="comment">' + comment + '</div>');
}

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? 'guest';
  // ruleid: js.express.reflected-xss
  return new Response(`<h1>Hi ${name}</h1>`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

export async function PUT(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? 'guest';
  // ok: js.express.reflected-xss
  return new Response(`Hi ${name}`, { headers: { 'Content-Type': 'text/plain' } });
}
