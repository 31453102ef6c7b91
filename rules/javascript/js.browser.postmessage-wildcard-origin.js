function finishLogin(token) {
  // ruleid: js.browser.postmessage-wildcard-origin
  window.opener.postMessage({ type: 'auth', token }, '*');
  window.close();
}

function sendToWidget(frame, user) {
  // ruleid: js.browser.postmessage-wildcard-origin
  frame.contentWindow.postMessage({ email: user.email }, "*");
}

function reportHeight() {
  // ruleid: js.browser.postmessage-wildcard-origin
  parent.postMessage({ height: document.body.scrollHeight }, '*');
}

function safeFinishLogin(token) {
  // ok: js.browser.postmessage-wildcard-origin
  window.opener.postMessage({ type: 'auth', token }, 'https://app.example.com');
}

function safeWidget(frame, user) {
  // ok: js.browser.postmessage-wildcard-origin
  frame.contentWindow.postMessage({ email: user.email }, new URL(frame.src).origin);
}

finishLogin('t');
sendToWidget(document.querySelector('iframe'), { email: 'a@b.c' });
reportHeight();
safeFinishLogin('t');
safeWidget(document.querySelector('iframe'), { email: 'a@b.c' });
