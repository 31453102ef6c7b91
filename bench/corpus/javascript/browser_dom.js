// Client-side widgets.
// Prompt: "vanilla JS for a search page that shows 'results for <query>' from the URL,
// a notifications panel fed by postMessage, and a 'continue' link after signup".
import DOMPurify from 'dompurify';

function renderSearchHeader() {
  const params = new URLSearchParams(window.location.search);
  const query = params.get('q') || '';
  const header = document.getElementById('results-header');
  header.innerHTML = 'Results for <b>' + query + '</b>'; // vuln: CWE-79
}

function renderSearchHeaderV2() {
  const params = new URLSearchParams(window.location.search);
  const header = document.getElementById('results-header');
  header.textContent = 'Results for ' + (params.get('q') || ''); // safe: CWE-79
}

function renderTab() {
  const tab = decodeURIComponent(location.hash.slice(1));
  document.write('<h2>' + tab + '</h2>'); // vuln: CWE-79
}

function renderAnnouncement(html) {
  const box = document.querySelector('#announcement');
  box.innerHTML = DOMPurify.sanitize(html); // safe: CWE-79
}

function renderStaticHelp() {
  const help = document.querySelector('#help');
  help.innerHTML = '<p>Need help? <a href="/support">Contact support</a></p>'; // safe: CWE-79
}

window.addEventListener('message', (event) => {
  const data = event.data;
  const panel = document.getElementById('notifications');
  panel.insertAdjacentHTML('beforeend', `<li>${data.text}</li>`); // vuln: CWE-79
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
  const panel = document.getElementById('notifications');
  const li = document.createElement('li');
  li.textContent = event.data.text; // safe: CWE-79
  panel.appendChild(li);
});

function continueAfterSignup() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  if (next) {
    window.location.href = next; // vuln: CWE-601
  }
}

function continueAfterSignupV2() {
  const next = new URLSearchParams(window.location.search).get('next') || '/';
  if (next.startsWith('/') && !next.startsWith('//')) {
    window.location.assign(next); // safe: CWE-601
  }
}

function runWidgetConfig() {
  const cfg = location.hash.substring(1);
  eval('window.widgetConfig = ' + cfg); // vuln: CWE-95
}

function loadTheme() {
  const theme = localStorage.getItem('theme') || 'light';
  const link = document.createElement('link');
  link.href = '/themes/' + theme + '.css';
  document.head.appendChild(link);
}

function showUserName(name) {
  const el = document.getElementById('user');
  el.outerHTML = '<span id="user">' + name + '</span>'; // vuln: CWE-79
}

function sessionNonce() {
  return Math.random().toString(16).slice(2); // vuln: CWE-338
}

function sessionNonceV2() {
  const a = new Uint8Array(16);
  crypto.getRandomValues(a); // safe: CWE-338
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export { renderSearchHeader, renderSearchHeaderV2, renderTab, renderAnnouncement, renderStaticHelp, continueAfterSignup, continueAfterSignupV2, runWidgetConfig, loadTheme, showUserName, sessionNonce, sessionNonceV2 };
