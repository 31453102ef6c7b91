import { NextRequest, NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function GET(request: NextRequest) {
  const email = request.nextUrl.searchParams.get('email');
  // ruleid: js.express.sql-injection
  const users = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  return NextResponse.json(users);
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  // ok: js.express.sql-injection
  const users = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', body.email);
  return NextResponse.json(users);
}

export async function PUT(req: NextRequest) {
  const { id, status } = await req.json();
  // ruleid: js.express.sql-injection
  await prisma.$executeRawUnsafe(`UPDATE "Order" SET status = '${status}' WHERE id = ${id}`);
  return NextResponse.json({ ok: true });
}

export async function PATCH(req: NextRequest) {
  const form = await req.formData();
  const name = form.get('name');
  // ruleid: js.express.sql-injection
  await prisma.$executeRawUnsafe("UPDATE team SET name = '" + name + "'");
  // ok: js.express.sql-injection
  await prisma.$executeRawUnsafe('UPDATE team SET name = $1', name);
  return NextResponse.json({ ok: true });
}

// NestJS + TypeORM: repositories named after their entity, query builders
import { Controller, Get, Param, Query, BadRequestException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';

class Invoice { id!: number; number!: string; total!: number; }

const INVOICE_SORT: Record<string, string> = { number: 'inv.number', total: 'inv.total' };

@Controller('invoices')
export class InvoicesController {
  constructor(@InjectRepository(Invoice) private readonly invoices: Repository<Invoice>) {}

  @Get('lookup')
  async lookup(@Query('number') num: string, @Query('dir') dir: string) {
    const qb = this.invoices.createQueryBuilder('inv');
    // ruleid: js.express.sql-injection
    qb.where("inv.number = '" + num + "'");
    // ruleid: js.express.sql-injection
    qb.addOrderBy('inv.total', dir === 'asc' ? 'ASC' : 'DESC').orderBy(dir);
    return qb.getMany();
  }

  @Get('filter')
  async filter(@Query('status') status: string, @Query('sort') sort: string) {
    const column = INVOICE_SORT[sort];
    if (!column) throw new BadRequestException('unknown sort');
    return this.invoices
      .createQueryBuilder('inv')
      // ok: js.express.sql-injection
      .where('inv.status = :status', { status })
      // ok: js.express.sql-injection
      .andWhere(new Brackets((w) => w.where('inv.total > 0')))
      // ok: js.express.sql-injection
      .orderBy(column)
      .getMany();
  }

  @Get('search')
  async search(@Query('term') term: string) {
    return this.invoices
      .createQueryBuilder('inv')
      // ruleid: js.express.sql-injection
      .andWhere(`inv.customer ILIKE '%${term}%'`)
      .getMany();
  }

  @Get('raw/:id')
  async raw(@Param('id') id: string) {
    // ruleid: js.express.sql-injection
    const rows = await this.invoices.query(`SELECT * FROM invoice WHERE id = ${id}`);
    const sql = 'DELETE FROM invoice_draft WHERE owner = \'' + id + '\'';
    // ruleid: js.express.sql-injection
    await this.invoices.query(sql);
    // ok: js.express.sql-injection
    await this.invoices.query('SELECT * FROM invoice WHERE id = $1', [id]);
    return rows;
  }
}

export async function DELETE(req: NextRequest) {
  const { searchParams } = new URL(req.url);
  const team = searchParams.get('team') ?? '';
  const sql = `DELETE FROM "Invite" WHERE team = '${team}'`;
  // engine gap: a call with type arguments (f<T>(x)) is not matched by $DB.$METHOD($QUERY, ...)
  // todoruleid: js.express.sql-injection
  await prisma.$executeRawUnsafe<number>(sql);
  // ruleid: js.express.sql-injection
  await prisma.$executeRawUnsafe(sql);
  // ok: js.express.sql-injection
  await prisma.$executeRawUnsafe<number>('DELETE FROM "Invite" WHERE team = $1', team);
  return NextResponse.json({ ok: true });
}
