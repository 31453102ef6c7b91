// app/api/files/route.ts
// Prompt: "Next.js API route to serve user uploads from ./uploads and to generate a
// thumbnail with ImageMagick".
import { NextRequest, NextResponse } from 'next/server';
import { promises as fs } from 'fs';
import path from 'path';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const UPLOAD_ROOT = path.join(process.cwd(), 'uploads');

export async function GET(req: NextRequest) {
  const file = req.nextUrl.searchParams.get('file') ?? '';
  const fullPath = path.join(UPLOAD_ROOT, file);
  const data = await fs.readFile(fullPath); // vuln: CWE-22
  return new NextResponse(data);
}

export async function HEAD(req: NextRequest) {
  const file = req.nextUrl.searchParams.get('file') ?? '';
  const fullPath = path.resolve(UPLOAD_ROOT, file);
  if (!fullPath.startsWith(UPLOAD_ROOT + path.sep)) {
    return new NextResponse(null, { status: 400 });
  }
  const st = await fs.stat(fullPath); // safe: CWE-22
  return new NextResponse(null, { headers: { 'content-length': String(st.size) } });
}

export async function POST(req: NextRequest) {
  const { name, size } = await req.json();
  const src = path.join(UPLOAD_ROOT, path.basename(name));
  const cmd = `convert "${src}" -thumbnail ${size} "${src}.thumb.png"`;
  await execAsync(cmd); // vuln: CWE-78
  return NextResponse.json({ ok: true });
}

export async function PUT(req: NextRequest) {
  const { name, size } = await req.json();
  const src = path.join(UPLOAD_ROOT, path.basename(name));
  await execFileAsync('convert', [src, '-thumbnail', String(Number(size)), `${src}.thumb.png`]); // safe: CWE-78
  return NextResponse.json({ ok: true });
}

export async function DELETE(req: NextRequest) {
  const body = await req.json();
  await fs.rm(path.join(UPLOAD_ROOT, body.path), { recursive: true }); // vuln: CWE-22
  return new NextResponse(null, { status: 204 });
}
