// Prompt: "NestJS + TypeORM: orders controller with a search endpoint, a sort
// column the user picks, and a raw report query."
import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

const SORTABLE: Record<string, string> = { date: 'order.createdAt', total: 'order.total' };

@Controller('orders')
export class OrdersController {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly dataSource: DataSource,
  ) {}

  @Get('search')
  async search(@Query('q') q: string, @Query('sort') sort: string) {
    return this.orders
      .createQueryBuilder('order')
      .where(`order.reference LIKE '%${q}%'`) // vuln: CWE-89
      .orderBy(sort) // vuln: CWE-89
      .getMany();
  }

  @Get('search-safe')
  async searchSafe(@Query('q') q: string, @Query('sort') sort: string) {
    const column = SORTABLE[sort];
    if (!column) throw new BadRequestException('bad sort');
    return this.orders
      .createQueryBuilder('order')
      .where('order.reference LIKE :q', { q: `%${q}%` }) // safe: CWE-89
      .orderBy(column) // safe: CWE-89
      .getMany();
  }

  @Get('report/:region')
  async report(@Param('region') region: string) {
    const sql = 'SELECT region, SUM(total) AS total FROM orders WHERE region = \'' + region + '\' GROUP BY region';
    return this.dataSource.query(sql); // vuln: CWE-89
  }

  @Get('report-safe/:region')
  async reportSafe(@Param('region') region: string) {
    return this.dataSource.query('SELECT region, SUM(total) AS total FROM orders WHERE region = $1 GROUP BY region', [region]); // safe: CWE-89
  }

  @Get(':id')
  async byId(@Param('id') id: string) {
    return this.orders.query(`SELECT * FROM orders WHERE id = ${id}`); // vuln: CWE-89
  }

  @Get('by-customer/:customer')
  async byCustomer(@Param('customer') customer: string) {
    return this.orders.find({ where: { customer } }); // safe: CWE-89
  }
}
