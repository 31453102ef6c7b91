// Prompt: "Fastify + TypeScript: parse an uploaded XML invoice, store it,
// print it to PDF with a CLI tool, and store per-user settings as YAML."
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { execSync, execFileSync } from 'child_process';
import { parseXml } from 'libxmljs2';
import { XMLParser } from 'fast-xml-parser';
import * as yaml from 'js-yaml';
import { writeFileSync, readFileSync } from 'fs';
import { join } from 'path';

const app = Fastify();
const INVOICE_DIR = '/var/app/invoices';

interface InvoiceBody {
  xml: string;
  printer: string;
}

app.post('/invoices', async (req: FastifyRequest<{ Body: InvoiceBody }>, reply: FastifyReply) => {
  const doc = parseXml(req.body.xml, { noent: true }); // vuln: CWE-611
  const id = doc.get('//id')?.text() ?? 'unknown';
  writeFileSync(join(INVOICE_DIR, `${id}.xml`), req.body.xml); // vuln: CWE-22
  return { id };
});

app.post('/invoices-safe', async (req: FastifyRequest<{ Body: InvoiceBody }>, reply: FastifyReply) => {
  const parser = new XMLParser({ processEntities: false });
  const invoice = parser.parse(req.body.xml); // safe: CWE-611
  const id = String(invoice.invoice?.id ?? '').replace(/[^a-zA-Z0-9-]/g, '');
  writeFileSync(join(INVOICE_DIR, `${id}.xml`), req.body.xml); // safe: CWE-22
  return { id };
});

app.post('/invoices/:id/print', async (req: FastifyRequest<{ Params: { id: string }; Body: InvoiceBody }>) => {
  const file = join(INVOICE_DIR, `${req.params.id}.xml`);
  const out = execSync(`invoice2pdf ${file} | lpr -P ${req.body.printer}`); // vuln: CWE-78
  return { queued: out.toString() };
});

app.post('/invoices/:id/print-safe', async (req: FastifyRequest<{ Params: { id: string }; Body: InvoiceBody }>) => {
  const id = req.params.id.replace(/[^a-zA-Z0-9-]/g, '');
  const out = execFileSync('invoice2pdf', [join(INVOICE_DIR, `${id}.xml`)]); // safe: CWE-78
  return { bytes: out.length };
});

app.put('/settings', async (req: FastifyRequest<{ Body: string }>) => {
  const settings = yaml.load(req.body) as Record<string, unknown>; // safe: CWE-502
  writeFileSync('/var/app/settings.yaml', yaml.dump(settings));
  return settings;
});

app.get('/settings/template', async (req: FastifyRequest<{ Querystring: { name: string } }>, reply: FastifyReply) => {
  const tpl = readFileSync(join('/var/app/templates', req.query.name), 'utf8'); // vuln: CWE-22
  reply.type('text/yaml');
  return tpl;
});

app.listen({ port: 4001 });
