// src/import/import.service.ts
// Prompt: "TypeScript service to import orders from partner XML, restore a saved
// workspace blob and render partner-supplied notification templates".
import libxmljs from 'libxmljs2';
import { XMLParser } from 'fast-xml-parser';
import * as serialize from 'node-serialize';
import Handlebars from 'handlebars';
import _ from 'lodash';
import express from 'express';

export const router = express.Router();

router.post('/orders/xml', (req, res) => {
  const xml: string = req.body.xml;
  const doc = libxmljs.parseXmlString(xml, { noent: true }); // vuln: CWE-611
  const ids = doc.find('//order/@id').map((a: any) => a.value());
  res.json({ ids });
});

router.post('/orders/xml/v2', (req, res) => {
  const parser = new XMLParser({ processEntities: false });
  const parsed = parser.parse(req.body.xml); // safe: CWE-611
  res.json(parsed);
});

router.post('/workspace/restore', (req, res) => {
  const blob = Buffer.from(req.body.blob, 'base64').toString('utf8');
  const ws = serialize.unserialize(blob); // vuln: CWE-502
  res.json({ tabs: ws.tabs?.length ?? 0 });
});

router.post('/workspace/restore/v2', (req, res) => {
  const ws = JSON.parse(Buffer.from(req.body.blob, 'base64').toString('utf8')); // safe: CWE-502
  res.json({ tabs: ws.tabs?.length ?? 0 });
});

router.post('/notifications/render', (req, res) => {
  const source: string = req.body.template;
  const tpl = Handlebars.compile(source); // vuln: CWE-1336
  res.send(tpl({ name: req.body.name })); // vuln: CWE-79
});

router.post('/notifications/render/v2', (req, res) => {
  const compiled = _.template(req.body.template); // vuln: CWE-1336
  res.send(compiled({ name: 'x' })); // vuln: CWE-79
});

router.post('/settings/merge', (req, res) => {
  const defaults = { theme: 'light', notifications: true };
  const merged = _.merge({}, defaults, req.body); // vuln: CWE-1321
  res.json(merged);
});
