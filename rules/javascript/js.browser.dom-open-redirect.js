// Login page: send the user back to where they came from.
function afterLogin() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  // ruleid: js.browser.dom-open-redirect
  window.location.href = next;
}

function goBack() {
  // ruleid: js.browser.dom-open-redirect
  location.assign(document.referrer);
}

function openFromHash() {
  const target = decodeURIComponent(location.hash.slice(1));
  // ruleid: js.browser.dom-open-redirect
  window.open(target, '_blank', 'noopener');
}

window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'navigate') {
    // ruleid: js.browser.dom-open-redirect
    location.replace(event.data.url);
  }
});

function searchFromQuery() {
  const q = new URLSearchParams(location.search).get('q');
  // ok: js.browser.dom-open-redirect
  location.href = '/search?q=' + encodeURIComponent(q);
}

function tabFromHash() {
  const tab = location.hash.slice(1);
  // ok: js.browser.dom-open-redirect
  location.assign(`/settings/${tab}`);
}

function logout() {
  // ok: js.browser.dom-open-redirect
  window.location.href = '/login';
}
