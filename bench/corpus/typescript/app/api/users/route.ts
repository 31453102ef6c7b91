// app/api/users/route.ts
// Prompt: "a Next.js route handler in TypeScript that searches users with Prisma and
// supports a MongoDB full-text fallback".
import { NextRequest, NextResponse } from 'next/server';
import { PrismaClient, Prisma } from '@prisma/client';
import { MongoClient } from 'mongodb';

const prisma = new PrismaClient();
const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');

type UserRow = { id: number; name: string; email: string };

export async function GET(req: NextRequest) {
  const { searchParams } = new URL(req.url);
  const name = searchParams.get('name') ?? '';
  const role = searchParams.get('role') ?? 'user';
  const sql = `SELECT id, name, email FROM "User" WHERE name ILIKE '%${name}%' AND role = '${role}'`;
  const users = await prisma.$queryRawUnsafe<UserRow[]>(sql); // vuln: CWE-89
  return NextResponse.json(users);
}

export async function PUT(req: NextRequest) {
  const name = req.nextUrl.searchParams.get('name') ?? '';
  const users = await prisma.$queryRaw<UserRow[]>`SELECT id, name FROM "User" WHERE name = ${name}`; // safe: CWE-89
  return NextResponse.json(users);
}

export async function PATCH(req: NextRequest) {
  const body = await req.json();
  const orderBy = body.orderBy as string;
  const users = await prisma.$queryRaw<UserRow[]>(Prisma.raw(`SELECT id, name FROM "User" ORDER BY ${orderBy}`)); // vuln: CWE-89
  return NextResponse.json(users);
}

export async function POST(req: NextRequest) {
  const body = await req.json();
  await mongo.connect();
  const coll = mongo.db('app').collection('users');
  const docs = await coll.find({ name: body.name, org: body.org }).toArray(); // vuln: CWE-943
  return NextResponse.json(docs);
}

export async function DELETE(req: NextRequest) {
  const id = Number(req.nextUrl.searchParams.get('id'));
  if (!Number.isInteger(id)) {
    return NextResponse.json({ error: 'bad id' }, { status: 400 });
  }
  await prisma.$executeRawUnsafe(`DELETE FROM "User" WHERE id = ${id}`); // safe: CWE-89
  return new NextResponse(null, { status: 204 });
}
