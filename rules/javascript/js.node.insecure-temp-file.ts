import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function writePreview(userId: string, html: string): string {
  const predictableName = `preview-${userId}.html`;
  const file = path.join(os.tmpdir(), predictableName);
  // ruleid: js.node.insecure-temp-file
  fs.writeFileSync(file, html);
  return file;
}

export function writeConfig(data: string) {
  // ok: js.node.insecure-temp-file
  fs.writeFileSync(path.join(process.cwd(), 'config', 'generated.json'), data);
}
