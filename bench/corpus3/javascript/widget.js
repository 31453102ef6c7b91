// Browser-side widget: renders comments and handles a settings panel.
(function () {
  const params = new URLSearchParams(window.location.search);
  const listEl = document.getElementById('comments');
  const titleEl = document.getElementById('title');

  function renderComment(c) {
    const li = document.createElement('li');
    li.innerHTML = '<b>' + c.author + '</b>: ' + c.text; // vuln: CWE-79
    listEl.appendChild(li);
  }

  function renderCommentSafe(c) {
    const li = document.createElement('li');
    const b = document.createElement('b');
    b.textContent = c.author;
    li.appendChild(b);
    li.appendChild(document.createTextNode(': ' + c.text)); // safe: CWE-79
    listEl.appendChild(li);
  }

  function showTitle() {
    titleEl.innerHTML = params.get('title'); // vuln: CWE-79
  }

  function showTitleSafe() {
    titleEl.textContent = params.get('title'); // safe: CWE-79
  }

  function jump() {
    const next = params.get('next');
    if (next) {
      window.location.href = next; // vuln: CWE-601
    }
  }

  function applyTheme() {
    const expr = params.get('theme');
    if (expr) {
      setTimeout('document.body.className = "' + expr + '"', 0); // vuln: CWE-95
    }
  }

  function runPlugin(code) {
    return new Function('api', code)(window.widgetApi); // vuln: CWE-95
  }

  function loadSettings() {
    const raw = localStorage.getItem('widget-settings') || '{}';
    return JSON.parse(raw); // safe: CWE-502
  }

  function sessionId() {
    const buf = new Uint8Array(16);
    crypto.getRandomValues(buf); // safe: CWE-330
    return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  window.addEventListener('message', (ev) => {
    const msg = ev.data;
    if (msg && msg.type === 'html') {
      document.getElementById('preview').innerHTML = msg.body; // vuln: CWE-79
    }
  });

  fetch('/api/comments')
    .then((r) => r.json())
    .then((items) => {
      items.forEach(renderComment);
      showTitle();
      jump();
      applyTheme();
      loadSettings();
      sessionId();
      runPlugin;
      renderCommentSafe;
      showTitleSafe;
    });
})();
