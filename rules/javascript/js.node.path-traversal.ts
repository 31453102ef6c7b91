import { Controller, Get, Param, Query } from '@nestjs/common';
import { promises as fsp, readFileSync } from 'fs';
import * as path from 'path';
import { NextRequest, NextResponse } from 'next/server';

const DOCS = '/srv/app/docs';

@Controller('docs')
export class DocsController {
  @Get(':name')
  async read(@Param('name') name: string) {
    // ruleid: js.node.path-traversal
    return fsp.readFile(path.join(DOCS, name), 'utf8');
  }

  @Get('safe/:name')
  async readSafe(@Param('name') name: string) {
    // ok: js.node.path-traversal
    return fsp.readFile(path.join(DOCS, path.basename(name)), 'utf8');
  }
}

export async function GET(request: NextRequest) {
  const file = request.nextUrl.searchParams.get('file') ?? 'index.md';
  // ruleid: js.node.path-traversal
  const body = readFileSync(path.join(DOCS, file), 'utf8');
  return new NextResponse(body);
}
