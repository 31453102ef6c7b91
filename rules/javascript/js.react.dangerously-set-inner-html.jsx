import React, { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function Comment({ comment }) {
  // ruleid: js.react.dangerously-set-inner-html
  const body = <p dangerouslySetInnerHTML={{ __html: comment.body }} />;
  return (
    <div className="comment">
      <strong>{comment.author}</strong>
      {body}
    </div>
  );
}

export function MarkdownPreview({ source }) {
  const html = marked.parse(source);
  // ruleid: js.react.dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Bio({ userId }) {
  const [bio, setBio] = useState('');
  useEffect(() => {
    fetch(`/api/users/${userId}`).then((r) => r.json()).then((u) => setBio(u.bioHtml));
  }, [userId]);
  // ruleid: js.react.dangerously-set-inner-html
  return <section dangerouslySetInnerHTML={{ __html: bio }} />;
}

export function SafeComment({ comment }) {
  // ok: js.react.dangerously-set-inner-html
  return <p dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />;
}

export function SafeMarkdown({ source }) {
  const clean = DOMPurify.sanitize(marked.parse(source));
  // ok: js.react.dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function StaticBanner() {
  // ok: js.react.dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: '<b>Maintenance tonight</b>' }} />;
}

export function PlainText({ comment }) {
  // ok: js.react.dangerously-set-inner-html
  return <p>{comment.body}</p>;
}
