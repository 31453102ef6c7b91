const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/invoices', (req, res) => {
  // ruleid: js.libxmljs.xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ total: doc.get('//total').text() });
});

function parseFeed(xml) {
  // ruleid: js.libxmljs.xxe
  return libxmljs.parseXmlString(xml, { noent: true });
}

app.post('/safe/invoices', (req, res) => {
  // ok: js.libxmljs.xxe
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ total: doc.get('//total').text() });
});

function parseDefault(xml) {
  // ok: js.libxmljs.xxe
  return libxmljs.parseXml(xml);
}

module.exports = { app, parseFeed, parseDefault };

const { parseXml, parseXmlString } = require('libxmljs2');

app.post('/import/sitemap', express.text({ type: 'application/xml' }), (req, res) => {
  // ruleid: js.libxmljs.xxe
  const doc = parseXml(req.body, { noent: true, nonet: true });
  res.json({ urls: doc.find('//loc').length });
});

app.post('/import/sitemap-safe', express.text({ type: 'application/xml' }), (req, res) => {
  // ok: js.libxmljs.xxe
  const doc = parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ urls: doc.find('//loc').length });
});
