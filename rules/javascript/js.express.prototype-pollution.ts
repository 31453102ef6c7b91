import { Body, Controller, Patch } from '@nestjs/common';
import { NextRequest, NextResponse } from 'next/server';

const preferences: Record<string, Record<string, string>> = {};

@Controller('prefs')
export class PrefsController {
  @Patch()
  update(@Body() dto: { section: string; key: string; value: string }) {
    // ruleid: js.express.prototype-pollution
    preferences[dto.section][dto.key] = dto.value;
    return preferences;
  }
}

export async function PUT(req: NextRequest) {
  const { group, name, value } = await req.json();
  // ruleid: js.express.prototype-pollution
  preferences[group][name] = value;
  // ok: js.express.prototype-pollution
  preferences['ui'][name] = value;
  return NextResponse.json(preferences);
}
