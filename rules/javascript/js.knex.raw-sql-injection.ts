import { Controller, Get, Query } from '@nestjs/common';
import { Knex } from 'knex';
import { NextRequest, NextResponse } from 'next/server';

@Controller('reports')
export class ReportsController {
  constructor(private readonly knex: Knex) {}

  @Get()
  list(@Query('sort') sort: string, @Query('region') region: string) {
    // ruleid: js.knex.raw-sql-injection
    return this.knex('sales').where('region', region).orderByRaw(sort);
  }

  @Get('by-region')
  byRegion(@Query('region') region: string) {
    // ok: js.knex.raw-sql-injection
    return this.knex('sales').whereRaw('region = ?', [region]);
  }
}

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q');
  // ruleid: js.knex.raw-sql-injection
  const rows = await db('products').whereRaw(`name ILIKE '%${q}%'`);
  return NextResponse.json(rows);
}
