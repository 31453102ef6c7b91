import { Injectable, Logger } from '@nestjs/common';
import express from 'express';

const app = express();

app.post('/api/signup', (req, res) => {
  // ruleid: js.lang.logging-secrets
  console.info('signup', JSON.stringify(req.body));
  res.sendStatus(201);
});

app.post('/api/account/password', (req, res) => {
  // ruleid: js.lang.logging-secrets
  console.log('password change for', req.user.id, req.body.newPassword);
  res.sendStatus(204);
});

app.post('/api/orders', (req, res) => {
  // ok: js.lang.logging-secrets
  console.info('new order', JSON.stringify(req.body));
  res.sendStatus(201);
});

@Injectable()
export class AuthService {
  private readonly log = new Logger(AuthService.name);

  async login(email: string, password: string) {
    // ruleid: js.lang.logging-secrets
    this.log.debug(`login attempt email=${email} password=${password}`);
    // ok: js.lang.logging-secrets
    this.log.debug(`login attempt email=${email} passwordLength=${password.length}`);
    // ok: js.lang.logging-secrets
    this.log.log(`page token ${this.nextPageToken} tokenizer ready`);
  }

  private nextPageToken = '';
}
