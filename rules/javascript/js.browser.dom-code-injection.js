function runWidgetCallback() {
  const cb = location.hash.slice(1);
  // ruleid: js.browser.dom-code-injection
  eval('render(' + cb + ')');
}

function scheduleFromQuery() {
  const action = new URLSearchParams(window.location.search).get('action');
  // ruleid: js.browser.dom-code-injection
  setTimeout('dispatch("' + action + '")', 100);
}

window.addEventListener('message', function (e) {
  // ruleid: js.browser.dom-code-injection
  const handler = new Function('state', e.data.code);
  handler(appState);
});

function safeCallback() {
  const name = location.hash.slice(1);
  const actions = { open: openPanel, close: closePanel };
  // ok: js.browser.dom-code-injection
  setTimeout(() => actions[name] && actions[name](), 0);
}

function safeEval() {
  const page = parseInt(new URLSearchParams(location.search).get('page'), 10);
  // ok: js.browser.dom-code-injection
  eval('goToPage(' + page + ')');
}
