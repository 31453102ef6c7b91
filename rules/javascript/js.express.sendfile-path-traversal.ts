import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import * as path from 'path';

@Controller('files')
export class FilesController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
    // ruleid: js.express.sendfile-path-traversal
    res.sendFile(path.join(__dirname, 'uploads', name));
  }

  @Get('preview')
  preview(@Query('file') file: string, @Res() res: Response) {
    // ok: js.express.sendfile-path-traversal
    res.sendFile(file, { root: path.join(__dirname, 'uploads') });
  }

  @Get('thumb/:name')
  thumb(@Param('name') name: string, @Res() res: Response) {
    // ok: js.express.sendfile-path-traversal
    res.sendFile(path.join(__dirname, 'thumbs', path.basename(name)));
  }
}
