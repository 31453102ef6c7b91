// src/server.ts
// Prompt: "Express + TypeScript server setup for our React app: CORS, cookies, a call to
// an internal service with a self-signed cert, file uploads to a temp dir".
import express, { Request, Response } from 'express';
import cors from 'cors';
import https from 'https';
import fs from 'fs';
import os from 'os';
import path from 'path';
import axios from 'axios';
import cookieSession from 'cookie-session';
import errorHandler from 'errorhandler';

const app = express();
app.use(express.json({ limit: '1mb' }));

app.use(cors({ origin: '*', credentials: true })); // vuln: CWE-942

app.use(
  cors({
    origin: (origin, cb) => cb(null, true), // vuln: CWE-942
    credentials: true,
  }),
);

app.use(cookieSession({ name: 'sess', keys: [process.env.SESSION_KEY as string], secure: false, httpOnly: true })); // vuln: CWE-614

if (process.env.NODE_ENV === 'development') {
  app.use(errorHandler()); // safe: CWE-489
}
app.use(errorHandler()); // vuln: CWE-489

const internal = axios.create({
  baseURL: 'https://inventory.internal:8443',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // vuln: CWE-295
});

app.get('/api/stock/:sku', async (req: Request, res: Response) => {
  const r = await internal.get(`/stock/${encodeURIComponent(req.params.sku)}`);
  res.json(r.data);
});

app.post('/api/prefs', (req: Request, res: Response) => {
  res.cookie('prefs', JSON.stringify(req.body), { httpOnly: false, secure: true, sameSite: 'none' }); // vuln: CWE-1004
  res.cookie('theme', String(req.body.theme ?? 'light'), { httpOnly: true, secure: true, sameSite: 'lax' }); // safe: CWE-614, CWE-1004
  res.json({ ok: true });
});

app.post('/api/upload', (req: Request, res: Response) => {
  const name = `upload-${Math.floor(Math.random() * 1e6)}.bin`;
  const tmpPath = path.join(os.tmpdir(), name);
  fs.writeFileSync(tmpPath, Buffer.from(req.body.data, 'base64'), { mode: 0o644 }); // vuln: CWE-377
  fs.chmodSync(tmpPath, 0o666); // vuln: CWE-732
  res.json({ tmpPath });
});

app.post('/api/upload/v2', (req: Request, res: Response) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-')); // safe: CWE-377
  const file = path.join(dir, 'data.bin');
  fs.writeFileSync(file, Buffer.from(req.body.data, 'base64'), { mode: 0o600 }); // safe: CWE-732
  res.json({ ok: true });
});

app.listen(Number(process.env.PORT ?? 8080));
