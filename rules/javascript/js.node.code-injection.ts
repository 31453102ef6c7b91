import { Body, Controller, Post, Query, Get } from '@nestjs/common';
import { NextRequest, NextResponse } from 'next/server';

@Controller('calc')
export class CalcController {
  @Post()
  evaluate(@Body('expression') expression: string) {
    // ruleid: js.node.code-injection
    return { result: eval(expression) };
  }

  @Get('fn')
  makeFn(@Query('body') body: string) {
    // ruleid: js.node.code-injection
    const fn = new Function('x', body);
    return fn(1);
  }

  @Get('square')
  square(@Query('n') n: string) {
    // ok: js.node.code-injection
    return { result: eval(String(Number(n) * Number(n))) };
  }
}

export async function POST(req: NextRequest) {
  const { formula } = await req.json();
  // ruleid: js.node.code-injection
  const value = eval(`(${formula})`);
  // ok: js.node.code-injection
  setTimeout(() => console.log(formula), 10);
  return NextResponse.json({ value });
}
