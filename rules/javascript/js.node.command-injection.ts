import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { exec, execFile, spawn } from 'child_process';
import { NextRequest, NextResponse } from 'next/server';

@Controller('tools')
export class ToolsController {
  @Get('ping')
  ping(@Query('host') host: string) {
    // ruleid: js.node.command-injection
    exec(`ping -c 1 ${host}`, (err, stdout) => console.log(stdout));
  }

  @Get('dig')
  dig(@Query('host') host: string) {
    // ok: js.node.command-injection
    execFile('dig', ['+short', host], (err, stdout) => console.log(stdout));
  }

  @Post('convert')
  convert(@Body('file') file: string) {
    // ruleid: js.node.command-injection
    spawn('sh', ['-c', 'convert ' + file + ' out.png']);
  }
}

export async function POST(request: NextRequest) {
  const data = await request.formData();
  const branch = data.get('branch') as string;
  // ruleid: js.node.command-injection
  exec('git checkout ' + branch);
  return NextResponse.json({ ok: true });
}
