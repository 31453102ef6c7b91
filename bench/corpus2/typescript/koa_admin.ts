// Prompt: "Koa + TypeScript admin API: update a user from the request body,
// merge feature flags, and write an audit log."
import Koa, { Context } from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import cors from '@koa/cors';
import _ from 'lodash';
import { Entity, PrimaryGeneratedColumn, Column, getRepository } from 'typeorm';

@Entity()
class Account {
  @PrimaryGeneratedColumn() id!: number;
  @Column() email!: string;
  @Column() displayName!: string;
  @Column({ default: false }) isAdmin!: boolean;
}

const app = new Koa();
const router = new Router();
const flags: Record<string, unknown> = { beta: false };

app.use(cors({ origin: (ctx: Context) => ctx.get('Origin'), credentials: true })); // vuln: CWE-942
app.use(bodyParser());

router.patch('/accounts/:id', async (ctx: Context) => {
  const repo = getRepository(Account);
  const account = await repo.findOneByOrFail({ id: Number(ctx.params.id) });
  Object.assign(account, ctx.request.body); // vuln: CWE-915
  await repo.save(account);
  ctx.body = account;
});

router.patch('/accounts-safe/:id', async (ctx: Context) => {
  const repo = getRepository(Account);
  const account = await repo.findOneByOrFail({ id: Number(ctx.params.id) });
  const { displayName } = ctx.request.body as { displayName?: string };
  if (typeof displayName === 'string') account.displayName = displayName; // safe: CWE-915
  await repo.save(account);
  ctx.body = account;
});

router.post('/flags', async (ctx: Context) => {
  _.merge(flags, ctx.request.body); // vuln: CWE-1321
  ctx.body = flags;
});

router.post('/login-audit', async (ctx: Context) => {
  const { username, password } = ctx.request.body as { username: string; password: string };
  console.log(`login attempt for ${username} with password ${password}`); // vuln: CWE-532
  console.log(`login attempt for ${username}`); // safe: CWE-532
  ctx.body = { ok: true };
});

router.get('/search', async (ctx: Context) => {
  const q = String(ctx.query.q ?? '');
  ctx.type = 'html';
  ctx.body = `<p>No results for ${q}</p>`; // vuln: CWE-79
});

router.get('/search-safe', async (ctx: Context) => {
  const q = String(ctx.query.q ?? '');
  ctx.body = { message: `No results for ${q}` }; // safe: CWE-79
});

app.use(router.routes());
app.listen(4002);
