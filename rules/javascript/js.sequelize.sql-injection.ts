import { Controller, Get, Query } from '@nestjs/common';
import { InjectConnection } from '@nestjs/sequelize';
import { Sequelize, QueryTypes } from 'sequelize';

@Controller('orders')
export class OrdersController {
  constructor(@InjectConnection() private readonly sequelize: Sequelize) {}

  @Get()
  list(@Query('status') status: string) {
    // ruleid: js.sequelize.sql-injection
    return this.sequelize.query(`SELECT * FROM orders WHERE status = '${status}'`, { type: QueryTypes.SELECT });
  }

  @Get('safe')
  listSafe(@Query('status') status: string) {
    // ok: js.sequelize.sql-injection
    return this.sequelize.query('SELECT * FROM orders WHERE status = :status', { replacements: { status }, type: QueryTypes.SELECT });
  }
}
