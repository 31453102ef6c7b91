import { Body, Controller, Post, Query, Get } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { NextRequest, NextResponse } from 'next/server';

@Controller('users')
export class UsersController {
  constructor(@InjectModel('User') private readonly users: Model<any>) {}

  @Post('login')
  async login(@Body() credentials: { username: string; password: string }) {
    // ruleid: js.express.nosql-injection
    const user = await this.users.findOne({ username: credentials.username, password: credentials.password });
    return { ok: !!user };
  }

  @Get('search')
  async search(@Query() filter: Record<string, unknown>) {
    // ruleid: js.express.nosql-injection
    return this.users.find(filter);
  }

  @Get('by-name')
  async byName(@Query('name') name: string) {
    // ok: js.express.nosql-injection
    return this.users.find({ name: String(name) });
  }
}

export async function POST(request: NextRequest) {
  const { email } = await request.json();
  // ruleid: js.express.nosql-injection
  const account = await Account.findOne({ email });
  return NextResponse.json({ exists: !!account });
}

// TypeORM query builders are SQL (js.express.sql-injection), not Mongo filters
import { Controller, Get, Query } from '@nestjs/common';
import { Repository } from 'typeorm';

class Shipment { id!: number; carrier!: string; }

@Controller('shipments')
export class ShipmentsController {
  constructor(private readonly shipments: Repository<Shipment>) {}

  @Get()
  async list(@Query('carrier') carrier: string) {
    return this.shipments
      .createQueryBuilder('s')
      // ok: js.express.nosql-injection
      .where(`s.carrier = '${carrier}'`)
      .getMany();
  }
}
