/* global DOMPurify, $ */

function showWelcome() {
  const params = new URLSearchParams(window.location.search);
  const name = params.get('name');
  // ruleid: js.browser.dom-xss
  document.getElementById('welcome').innerHTML = 'Welcome back, ' + name;
}

function showTab() {
  const tab = decodeURIComponent(location.hash.slice(1));
  // ruleid: js.browser.dom-xss
  document.querySelector('#tabs').insertAdjacentHTML('beforeend', `<li class="active">${tab}</li>`);
}

function trackReferrer() {
  // ruleid: js.browser.dom-xss
  document.write('<img src="/t.gif?r=' + document.referrer + '">');
}

function renderMessage() {
  const msg = new URL(document.URL).searchParams.get('msg');
  // ruleid: js.browser.dom-xss
  $('#flash').html(msg);
}

function safeWelcome() {
  const name = new URLSearchParams(window.location.search).get('name');
  // ok: js.browser.dom-xss
  document.getElementById('welcome').textContent = 'Welcome back, ' + name;
}

function safeSanitized() {
  const html = new URLSearchParams(location.search).get('html');
  // ok: js.browser.dom-xss
  document.getElementById('preview').innerHTML = DOMPurify.sanitize(html);
}

function safeStatic() {
  // ok: js.browser.dom-xss
  document.getElementById('footer').innerHTML = '<p>&copy; 2024 Example</p>';
}

function safePage() {
  const page = parseInt(new URLSearchParams(location.search).get('page'), 10);
  // ok: js.browser.dom-xss
  document.getElementById('pager').innerHTML = '<b>' + page + '</b>';
}

showWelcome();
showTab();
trackReferrer();
renderMessage();
safeWelcome();
safeSanitized();
safeStatic();
safePage();

window.addEventListener('message', (event) => {
  const panel = document.getElementById('chat');
  // ruleid: js.browser.dom-xss
  panel.innerHTML = '<p>' + event.data.text + '</p>';
  // ok: js.browser.dom-xss
  panel.textContent = event.data.text;
});

window.onmessage = function (e) {
  // ruleid: js.browser.dom-xss
  document.body.insertAdjacentHTML('beforeend', e.data);
};

function onMessageSafe(e) {
  // ok: js.browser.dom-xss
  document.getElementById('status').innerHTML = DOMPurify.sanitize(e.data);
}
window.addEventListener('message', onMessageSafe);
