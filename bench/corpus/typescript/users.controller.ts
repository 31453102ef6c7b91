// src/users/users.controller.ts
// Prompt: "NestJS controller with TypeORM for users: search, update profile, and an
// admin endpoint that evaluates a filter expression".
import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, DataSource } from 'typeorm';
import { Response } from 'express';
import { User } from './user.entity';

class UpdateProfileDto {
  displayName?: string;
  bio?: string;
}

@Controller('users')
export class UsersController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  @Get('search')
  async search(@Query('name') name: string, @Query('sort') sort = 'name') {
    return this.users
      .createQueryBuilder('u')
      .where(`u.name LIKE '%${name}%'`) // vuln: CWE-89
      .orderBy(`u.${sort}`)
      .getMany();
  }

  @Get('search/v2')
  async searchV2(@Query('name') name: string) {
    return this.users
      .createQueryBuilder('u')
      .where('u.name LIKE :name', { name: `%${name}%` }) // safe: CWE-89
      .getMany();
  }

  @Get('by-email')
  async byEmail(@Query('email') email: string) {
    const sql = 'SELECT * FROM users WHERE email = \'' + email + '\'';
    return this.dataSource.query(sql); // vuln: CWE-89
  }

  @Get('by-email/v2')
  async byEmailV2(@Query('email') email: string) {
    return this.dataSource.query('SELECT * FROM users WHERE email = $1', [email]); // safe: CWE-89
  }

  @Patch(':id')
  async update(@Param('id') id: string, @Body() body: any) {
    const user = await this.users.findOneByOrFail({ id });
    Object.assign(user, body); // vuln: CWE-915
    return this.users.save(user);
  }

  @Patch(':id/v2')
  async updateV2(@Param('id') id: string, @Body() dto: UpdateProfileDto) {
    const user = await this.users.findOneByOrFail({ id });
    user.displayName = dto.displayName ?? user.displayName; // safe: CWE-915
    user.bio = dto.bio ?? user.bio;
    return this.users.save(user);
  }

  @Post('admin/filter')
  async filter(@Body('expr') expr: string) {
    const all = await this.users.find();
    const predicate = new Function('u', `return ${expr};`) as (u: User) => boolean; // vuln: CWE-95
    return all.filter(predicate);
  }

  @Get(':id/card')
  async card(@Param('id') id: string, @Query('greeting') greeting: string, @Res() res: Response) {
    const user = await this.users.findOneByOrFail({ id });
    res.send(`<div class="card"><p>${greeting}, ${user.displayName}</p></div>`); // vuln: CWE-79
  }
}
