// Prompt: "Express + TypeScript + pg: signup/login with JWT, session cookie,
// API key generation and encrypting the user's SSN at rest."
import crypto from 'crypto';
import express, { Request, Response } from 'express';
import session from 'express-session';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';

const app = express();
app.use(express.json());
app.use(session({
  secret: 'keyboard cat', // vuln: CWE-798
  resave: false,
  saveUninitialized: true,
  cookie: { secure: false, httpOnly: true }, // vuln: CWE-614, CWE-1275
}));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const ENC_KEY = Buffer.from(process.env.SSN_KEY ?? '', 'hex');

class UserService {
  constructor(private readonly db: Pool) {}

  async findByEmail(email: string) {
    const result = await this.db.query("SELECT * FROM users WHERE email = '" + email + "'"); // vuln: CWE-89
    return result.rows[0];
  }

  async findByEmailSafe(email: string) {
    const result = await this.db.query('SELECT * FROM users WHERE email = $1', [email]); // safe: CWE-89
    return result.rows[0];
  }

  hash(password: string): string {
    return crypto.createHash('sha1').update(password).digest('hex'); // vuln: CWE-328
  }

  fingerprint(fileContents: Buffer): string {
    return crypto.createHash('sha256').update(fileContents).digest('hex'); // safe: CWE-328
  }
}

const users = new UserService(pool);

function encryptSsn(ssn: string): string {
  const cipher = crypto.createCipheriv('des-ede3-cbc', ENC_KEY.subarray(0, 24), Buffer.alloc(8, 0)); // vuln: CWE-327, CWE-329
  return cipher.update(ssn, 'utf8', 'hex') + cipher.final('hex');
}

function encryptSsnSafe(ssn: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', ENC_KEY, iv); // safe: CWE-327
  const enc = Buffer.concat([cipher.update(ssn, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), enc].map((b) => b.toString('hex')).join('.');
}

app.post('/login', async (req: Request, res: Response) => {
  const user = await users.findByEmail(req.body.email);
  if (!user || user.password_hash !== users.hash(req.body.password)) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET as string, { expiresIn: '15m' }); // safe: CWE-798
  res.json({ token });
});

app.get('/profile', async (req: Request, res: Response) => {
  const token = (req.headers.authorization ?? '').replace('Bearer ', '');
  const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256', 'none'] }) as jwt.JwtPayload; // vuln: CWE-347
  res.json(await users.findByEmailSafe(claims.email));
});

app.post('/api-keys', (req: Request, res: Response) => {
  const apiKey = Array.from({ length: 40 }, () => Math.floor(Math.random() * 16).toString(16)).join(''); // vuln: CWE-338
  res.json({ apiKey });
});

app.post('/ssn', (req: Request, res: Response) => {
  res.json({ a: encryptSsn(req.body.ssn), b: encryptSsnSafe(req.body.ssn) });
});

app.listen(4000);
