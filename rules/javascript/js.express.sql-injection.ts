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
