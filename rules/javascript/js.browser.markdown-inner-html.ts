import DOMPurify from 'dompurify';
import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import showdown from 'showdown';

const md = new MarkdownIt({ html: true });
const converter = new showdown.Converter();

function renderMarkdown(text: string): string {
  return marked.parse(text) as string;
}

function renderSafe(text: string): string {
  return DOMPurify.sanitize(marked.parse(text) as string);
}

export function showComment(container: HTMLElement, body: string): void {
  // ruleid: js.browser.markdown-inner-html
  container.innerHTML = marked.parse(body) as string;
}

export function showNote(el: HTMLElement, note: { text: string }): void {
  const html = md.render(note.text);
  // ruleid: js.browser.markdown-inner-html
  el.innerHTML = html;
}

export function appendReply(list: HTMLElement, reply: string): void {
  // ruleid: js.browser.markdown-inner-html
  list.insertAdjacentHTML('beforeend', converter.makeHtml(reply));
}

export function previewBio(bio: string): void {
  const preview = document.getElementById('bio-preview');
  if (preview) {
    // ruleid: js.browser.markdown-inner-html
    preview.innerHTML = renderMarkdown(bio);
  }
}

export function previewBioSafe(bio: string): void {
  const preview = document.getElementById('bio-preview');
  if (preview) {
    // ok: js.browser.markdown-inner-html
    preview.innerHTML = renderSafe(bio);
    // ok: js.browser.markdown-inner-html
    preview.innerHTML = DOMPurify.sanitize(marked(bio) as string);
  }
}

export function showPlain(el: HTMLElement, text: string): void {
  const clean = DOMPurify.sanitize(md.render(text));
  // ok: js.browser.markdown-inner-html
  el.innerHTML = clean;
  // ok: js.browser.markdown-inner-html
  el.textContent = marked.parse(text) as string;
}
