// Prompt: "Express + EJS: render a user's markdown profile, a 'formula'
// field for custom pricing, and a preview of the user's HTML signature."
const express = require('express');
const { marked } = require('marked');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');
const vm = require('vm');
const escapeHtml = require('escape-html');

const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
const DOMPurify = createDOMPurify(new JSDOM('').window);

const profiles = new Map();

function renderBio(markdownText) {
  const html = marked.parse(markdownText);
  return `<section class="bio">${html}</section>`;
}

app.post('/profile', (req, res) => {
  profiles.set(req.user.id, req.body.bio);
  res.send(renderBio(req.body.bio)); // vuln: CWE-79
});

app.post('/profile-safe', (req, res) => {
  const clean = DOMPurify.sanitize(marked.parse(req.body.bio));
  res.send(`<section class="bio">${clean}</section>`); // safe: CWE-79
});

app.get('/profile/:id', (req, res) => {
  res.render('profile', { bio: profiles.get(req.params.id) }); // safe: CWE-79
});

app.get('/signature/preview', (req, res) => {
  const sig = req.query.sig;
  res.write('<div class="sig">');
  res.write(sig); // vuln: CWE-79
  res.end('</div>');
});

app.get('/signature/preview-safe', (req, res) => {
  res.send('<div class="sig">' + escapeHtml(req.query.sig) + '</div>'); // safe: CWE-79
});

app.post('/pricing/formula', (req, res) => {
  const { formula, base } = req.body;
  const price = eval(formula.replace('BASE', base)); // vuln: CWE-95
  res.json({ price });
});

app.post('/pricing/formula-fn', (req, res) => {
  const fn = new Function('base', 'return ' + req.body.formula); // vuln: CWE-95
  res.json({ price: fn(Number(req.body.base)) });
});

app.post('/pricing/formula-vm', (req, res) => {
  const price = vm.runInNewContext(req.body.formula, { BASE: Number(req.body.base) }); // vuln: CWE-94
  res.json({ price });
});

app.post('/pricing/formula-safe', (req, res) => {
  const base = Number(req.body.base);
  const multipliers = { standard: 1, premium: 1.5 };
  const price = base * (multipliers[req.body.tier] || 1);
  res.json({ price });
});

app.get('/pricing/config', (req, res) => {
  const cfg = eval('({ currency: "EUR", vat: 0.2 })'); // safe: CWE-95
  res.json(cfg);
});

app.listen(3004);
