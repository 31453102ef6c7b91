import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const callbackUrl = request.nextUrl.searchParams.get('callbackUrl') ?? '/';
  // ruleid: js.express.open-redirect
  return NextResponse.redirect(new URL(callbackUrl, request.url));
}

export async function POST(request: NextRequest) {
  // ok: js.express.open-redirect
  return NextResponse.redirect(new URL('/dashboard', request.url));
}

export function middleware(req: NextRequest) {
  const next = req.nextUrl.searchParams.get('next');
  if (next) {
    // ruleid: js.express.open-redirect
    return NextResponse.redirect(next);
  }
  // ok: js.express.open-redirect
  return NextResponse.redirect(new URL('/login', req.url));
}

import { Controller, Get, Query, Res, Redirect } from '@nestjs/common';
import type { Response } from 'express';

@Controller('auth')
export class AuthController {
  @Get('callback')
  callback(@Query('returnTo') returnTo: string, @Res() res: Response) {
    // ruleid: js.express.open-redirect
    return res.redirect(returnTo);
  }

  @Get('done')
  done(@Query('tab') tab: string, @Res() res: Response) {
    // ok: js.express.open-redirect
    return res.redirect('/settings?tab=' + encodeURIComponent(tab));
  }
}

export function ssoMiddleware(req: NextRequest) {
  const { pathname, searchParams } = req.nextUrl;
  if (pathname === '/sso/done') {
    const target = searchParams.get('target') ?? '/';
    // ruleid: js.express.open-redirect
    return NextResponse.redirect(target);
  }
  if (!req.cookies.get('session')) {
    const login = req.nextUrl.clone();
    login.pathname = '/login';
    // ok: js.express.open-redirect
    return NextResponse.redirect(login);
  }
  // ok: js.express.open-redirect
  return NextResponse.redirect(new URL('/home', req.nextUrl));
}
