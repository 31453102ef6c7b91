import { Controller, Get, Query } from '@nestjs/common';
import escapeStringRegexp from 'escape-string-regexp';

@Controller('search')
export class SearchController {
  @Get()
  search(@Query('q') q: string) {
    // ruleid: js.node.regex-injection
    const re = new RegExp(q, 'i');
    return titles.filter((t) => re.test(t));
  }

  @Get('safe')
  searchSafe(@Query('q') q: string) {
    // ok: js.node.regex-injection
    const re = new RegExp(escapeStringRegexp(q), 'i');
    return titles.filter((t) => re.test(t));
  }
}
