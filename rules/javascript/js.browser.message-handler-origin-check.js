// ruleid: js.browser.message-handler-origin-check
window.addEventListener('message', (event) => {
  document.getElementById('status').innerHTML = event.data.html;
});

// ruleid: js.browser.message-handler-origin-check
window.addEventListener('message', function (e) {
  if (e.data.type === 'navigate') {
    window.location.href = e.data.url;
  }
});

// ok: js.browser.message-handler-origin-check
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') {
    return;
  }
  document.getElementById('status').textContent = event.data.text;
});

// ok: js.browser.message-handler-origin-check
window.addEventListener('message', function (e) {
  if (e.origin !== window.location.origin) return;
  resize(e.data.height);
});

// ok: js.browser.message-handler-origin-check
window.addEventListener('resize', (event) => {
  resize(event.target.innerHeight);
});

function resize(h) {
  document.body.style.height = h + 'px';
}
