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
