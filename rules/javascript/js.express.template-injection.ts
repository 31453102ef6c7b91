import { Body, Controller, Post } from '@nestjs/common';
import * as ejs from 'ejs';
import Handlebars from 'handlebars';
import { NextRequest, NextResponse } from 'next/server';

@Controller('emails')
export class EmailPreviewController {
  @Post('preview')
  preview(@Body('template') template: string, @Body('data') data: Record<string, string>) {
    // ruleid: js.express.template-injection
    return ejs.render(template, data);
  }

  @Post('welcome')
  welcome(@Body('name') name: string) {
    // ok: js.express.template-injection
    return ejs.render('<h1>Welcome <%= name %></h1>', { name });
  }
}

export async function POST(request: NextRequest) {
  const { subjectTemplate, user } = await request.json();
  // ruleid: js.express.template-injection
  const subject = Handlebars.compile(subjectTemplate)(user);
  return NextResponse.json({ subject });
}
