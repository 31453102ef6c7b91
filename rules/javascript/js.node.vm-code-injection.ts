import { Body, Controller, Post } from '@nestjs/common';
import * as vm from 'vm';
import { NextRequest, NextResponse } from 'next/server';

@Controller('rules')
export class RulesController {
  @Post('evaluate')
  evaluate(@Body('condition') condition: string, @Body('facts') facts: object) {
    // ruleid: js.node.vm-code-injection
    return vm.runInNewContext(condition, { ...facts });
  }

  @Post('constant')
  constant(@Body('facts') facts: object) {
    // ok: js.node.vm-code-injection
    return vm.runInNewContext('age >= 18', { ...facts });
  }
}

export async function POST(request: NextRequest) {
  const { script } = await request.json();
  // ruleid: js.node.vm-code-injection
  const result = vm.runInNewContext(script, {});
  return NextResponse.json({ result });
}
