// NestJS controller for orders.
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';
import { exec } from 'child_process';
import * as crypto from 'crypto';

const INVOICE_DIR = '/srv/invoices';

@Controller('orders')
export class OrdersController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  async list(@Query('status') status: string) {
    return this.ds.query(`SELECT * FROM orders WHERE status = '${status}'`); // vuln: CWE-89
  }

  @Get('by-customer')
  async byCustomer(@Query('customerId') customerId: string) {
    return this.ds.query('SELECT * FROM orders WHERE customer_id = $1', [customerId]); // safe: CWE-89
  }

  @Get('sorted')
  async sorted(@Query('sort') sort: string) {
    return this.ds
      .createQueryBuilder()
      .select('o')
      .from('orders', 'o')
      .orderBy(sort) // vuln: CWE-89
      .getMany();
  }

  @Get(':id/invoice')
  invoice(@Param('id') id: string, @Res() res: Response) {
    const file = path.join(INVOICE_DIR, `${id}.pdf`);
    res.sendFile(file); // vuln: CWE-22
  }

  @Get(':id/invoice-safe')
  invoiceSafe(@Param('id') id: string, @Res() res: Response) {
    const safeId = id.replace(/[^0-9]/g, '');
    res.sendFile(`${safeId}.pdf`, { root: INVOICE_DIR }); // safe: CWE-22
  }

  @Post('ship')
  ship(@Body() body: { trackingNo: string }) {
    exec(`./bin/ship-label --tracking ${body.trackingNo}`, (err, stdout) => { // vuln: CWE-78
      if (err) throw err;
      fs.writeFileSync('/tmp/last-label.txt', stdout);
    });
    return { queued: true };
  }

  @Get('receipt')
  receipt(@Query('note') note: string, @Res() res: Response) {
    res.send('<p>Your note: ' + note + '</p>'); // vuln: CWE-79
  }

  @Get('confirm-code')
  confirmCode() {
    const code = crypto.randomInt(100000, 999999); // safe: CWE-330
    return { code };
  }

  @Get('fingerprint')
  fingerprint(@Query('data') data: string) {
    return { fp: crypto.createHash('sha256').update(data).digest('hex') }; // safe: CWE-328
  }
}
