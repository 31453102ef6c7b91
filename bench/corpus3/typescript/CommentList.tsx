// React component that renders user comments with markdown support.
import React, { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

interface Comment {
  id: number;
  author: string;
  body: string;
  website?: string;
}

export function CommentBody({ comment }: { comment: Comment }) {
  const html = marked.parse(comment.body) as string;
  return <div className="body" dangerouslySetInnerHTML={{ __html: html }} />; {/* vuln: CWE-79 */}
}

export function CommentBodySafe({ comment }: { comment: Comment }) {
  const html = DOMPurify.sanitize(marked.parse(comment.body) as string);
  return <div className="body" dangerouslySetInnerHTML={{ __html: html }} />; {/* safe: CWE-79 */}
}

export function AuthorLink({ comment }: { comment: Comment }) {
  return <a href={comment.website}>{comment.author}</a>; {/* vuln: CWE-79 */}
}

export function AuthorName({ comment }: { comment: Comment }) {
  return <span className="author">{comment.author}</span>; {/* safe: CWE-79 */}
}

export function CommentList({ postId }: { postId: number }) {
  const [comments, setComments] = useState<Comment[]>([]);
  const [draft, setDraft] = useState('');

  useEffect(() => {
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then(setComments);
  }, [postId]);

  useEffect(() => {
    const saved = localStorage.getItem('authToken');
    console.log('restoring session', saved); // vuln: CWE-532
  }, []);

  function submit() {
    const token = localStorage.getItem('authToken');
    fetch(`/api/posts/${postId}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ body: draft }),
    }).then(() => setDraft(''));
  }

  function preview() {
    const el = document.getElementById('preview');
    if (el) el.innerHTML = draft; // vuln: CWE-79
  }

  return (
    <section>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <AuthorLink comment={c} />
            <CommentBody comment={c} />
          </li>
        ))}
      </ul>
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={preview}>Preview</button>
      <button onClick={submit}>Post</button>
    </section>
  );
}
