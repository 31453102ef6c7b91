// Next.js API route: image proxy + webhook receiver.
import type { NextApiRequest, NextApiResponse } from 'next';
import fetch from 'node-fetch';
import jwt from 'jsonwebtoken';
import { createHmac, timingSafeEqual } from 'crypto';

const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);
const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET as string;
const STRIPE_KEY = 'sk_live_51H8xQ2KZp9vYbT3mN7wR4eL6uJ0aF1cD2gH5iK8oP'; // vuln: CWE-798

export async function imageProxy(req: NextApiRequest, res: NextApiResponse) {
  const url = req.query.url as string;
  const upstream = await fetch(url); // vuln: CWE-918
  res.setHeader('Content-Type', upstream.headers.get('content-type') ?? 'application/octet-stream');
  res.send(Buffer.from(await upstream.arrayBuffer()));
}

export async function imageProxySafe(req: NextApiRequest, res: NextApiResponse) {
  const url = new URL(req.query.url as string);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
    res.status(400).end();
    return;
  }
  const upstream = await fetch(url.toString()); // safe: CWE-918
  res.send(Buffer.from(await upstream.arrayBuffer()));
}

export function webhook(req: NextApiRequest, res: NextApiResponse) {
  const sig = String(req.headers['x-signature'] ?? '');
  const expected = createHmac('sha256', WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest('hex');
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    res.status(401).end();
    return;
  }
  res.status(200).json({ received: true });
}

export function session(req: NextApiRequest, res: NextApiResponse) {
  const token = req.cookies['token'];
  const payload = jwt.verify(token, WEBHOOK_SECRET, { algorithms: ['none', 'HS256'] }); // vuln: CWE-347
  res.setHeader('Set-Cookie', `token=${token}; Path=/`); // vuln: CWE-614
  res.json(payload);
}

export function corsPreflight(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*'); // vuln: CWE-942
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.status(204).end();
}

export function back(req: NextApiRequest, res: NextApiResponse) {
  const dest = req.query.dest as string;
  res.redirect(302, dest); // vuln: CWE-601
}

export function backSafe(req: NextApiRequest, res: NextApiResponse) {
  const dest = req.query.dest as string;
  const safe = dest.startsWith('/') && !dest.startsWith('//') ? dest : '/';
  res.redirect(302, safe); // safe: CWE-601
}

export function billing() {
  return { configured: STRIPE_KEY.length > 0 };
}
