function openProfileLink(profile) {
  // ruleid: js.browser.reverse-tabnabbing
  window.open(profile.website, '_blank');
}

function openAttachment(url) {
  // ruleid: js.browser.reverse-tabnabbing
  const w = window.open(url);
  return w;
}

function openPartner(link) {
  // ruleid: js.browser.reverse-tabnabbing
  window.open(link.href, '_blank', 'width=800,height=600');
}

function safeOpen(url) {
  // ok: js.browser.reverse-tabnabbing
  window.open(url, '_blank', 'noopener,noreferrer');
}

function sameTab(url) {
  // ok: js.browser.reverse-tabnabbing
  window.open(url, '_self');
}

function openHelp() {
  // ok: js.browser.reverse-tabnabbing
  window.open('/help/getting-started', '_blank');
}

openProfileLink({ website: 'https://example.org' });
openAttachment('/files/1');
openPartner({ href: 'https://partner.example' });
safeOpen('https://example.org');
sameTab('/home');
openHelp();
