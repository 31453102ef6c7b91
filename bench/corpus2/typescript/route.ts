// Prompt: "Next.js App Router (app/api/files/route.ts): download a file by
// name, proxy an image from a URL, and redirect after login. Prisma for users."
import { PrismaClient } from '@prisma/client';
import { promises as fs } from 'fs';
import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';
import path from 'path';

const prisma = new PrismaClient();
const FILES_DIR = path.join(process.cwd(), 'storage');
const IMAGE_HOSTS = new Set(['images.example.com']);

export async function GET(req: NextRequest) {
  const name = req.nextUrl.searchParams.get('name') ?? '';
  const data = await fs.readFile(path.join(FILES_DIR, name)); // vuln: CWE-22
  return new NextResponse(data, { headers: { 'content-disposition': `attachment; filename="${name}"` } });
}

export async function HEAD(req: NextRequest) {
  const name = path.basename(req.nextUrl.searchParams.get('name') ?? '');
  const stat = await fs.stat(path.join(FILES_DIR, name)); // safe: CWE-22
  return new NextResponse(null, { headers: { 'content-length': String(stat.size) } });
}

export async function PUT(req: NextRequest) {
  const { url } = await req.json();
  const upstream = await fetch(url); // vuln: CWE-918
  return new NextResponse(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') ?? 'image/png' } });
}

export async function PATCH(req: NextRequest) {
  const { url } = await req.json();
  const target = new URL(url);
  if (!IMAGE_HOSTS.has(target.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 400 });
  }
  const upstream = await fetch(target.toString()); // safe: CWE-918
  return new NextResponse(upstream.body);
}

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const email = String(form.get('email'));
  const users = await prisma.$queryRawUnsafe(`SELECT id FROM "User" WHERE email = '${email}'`); // vuln: CWE-89
  const safeUsers = await prisma.$queryRaw`SELECT id FROM "User" WHERE email = ${email}`; // safe: CWE-89
  const next = req.nextUrl.searchParams.get('next') ?? '/';
  if (!Array.isArray(users) || users.length === 0) {
    return NextResponse.json({ error: 'unknown user', safeUsers }, { status: 401 });
  }
  return NextResponse.redirect(new URL(next, req.url)); // vuln: CWE-601
}

export async function DELETE(req: NextRequest) {
  const next = req.nextUrl.searchParams.get('next') ?? '/';
  if (!next.startsWith('/') || next.startsWith('//')) {
    redirect('/');
  }
  redirect(next); // safe: CWE-601
}
