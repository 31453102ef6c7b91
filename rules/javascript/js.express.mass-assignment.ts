import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UpdateProfileDto } from './dto';

class Member { id!: string; displayName!: string; role!: string; }

@Controller('members')
export class MembersController {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}

  @Patch(':id')
  async update(@Param('id') id: string, @Body() changes: Partial<Member>) {
    const member = await this.members.findOneByOrFail({ id });
    // ruleid: js.express.mass-assignment
    Object.assign(member, changes);
    return this.members.save(member);
  }

  @Post()
  async create(@Body() body: any) {
    // ruleid: js.express.mass-assignment
    return this.members.save(this.members.create(body));
  }

  @Patch(':id/profile')
  async profile(@Param('id') id: string, @Body() dto: UpdateProfileDto) {
    const member = await this.members.findOneByOrFail({ id });
    // ok: js.express.mass-assignment
    Object.assign(member, dto);
    return this.members.save(member);
  }

  @Patch(':id/name')
  async rename(@Param('id') id: string, @Body() body: { displayName: string }) {
    const member = await this.members.findOneByOrFail({ id });
    // ok: js.express.mass-assignment
    member.displayName = String(body.displayName);
    return this.members.save(member);
  }
}
