import { Body, Controller, Put } from '@nestjs/common';
import * as _ from 'lodash';
import { NextRequest, NextResponse } from 'next/server';

const defaults = { theme: 'light', notifications: { email: true } };

@Controller('settings')
export class SettingsController {
  private settings = {};

  @Put()
  save(@Body() patch: Record<string, unknown>) {
    // ruleid: js.lodash.prototype-pollution-merge
    _.merge(this.settings, patch);
    return this.settings;
  }
}

export async function PATCH(request: NextRequest) {
  const patch = await request.json();
  // ruleid: js.lodash.prototype-pollution-merge
  const merged = _.merge({}, defaults, patch);
  // ok: js.lodash.prototype-pollution-merge
  const safe = _.merge({}, defaults, _.pick(patch, ['theme']));
  return NextResponse.json({ merged, safe });
}
