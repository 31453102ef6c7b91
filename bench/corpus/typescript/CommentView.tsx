// components/CommentView.tsx
// Prompt: "React component in TypeScript that renders a comment (markdown already
// converted to HTML by the API), the author's website link and a live preview box".
import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

type Comment = {
  id: string;
  author: string;
  website: string;
  html: string;
};

export function CommentBody({ comment }: { comment: Comment }) {
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />; // vuln: CWE-79
}

export function CommentBodySafe({ comment }: { comment: Comment }) {
  const clean = DOMPurify.sanitize(comment.html);
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: clean }} />; // safe: CWE-79
}

export function AuthorLink({ comment }: { comment: Comment }) {
  return (
    <a href={comment.website} rel="nofollow noopener"> {/* vuln: CWE-79 */}
      {comment.author}
    </a>
  );
}

export function LivePreview({ draft }: { draft: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = draft; // vuln: CWE-79
    }
  }, [draft]);
  return <div ref={ref} className="preview" />;
}

export function QueryBanner() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    if (ref.current) {
      ref.current.innerHTML = `<strong>Showing results for:</strong> ${q}`; // vuln: CWE-79
    }
  }, []);
  return <div ref={ref} />;
}

export function QueryBannerSafe() {
  const q = typeof window === 'undefined' ? '' : new URLSearchParams(window.location.search).get('q') ?? '';
  return (
    <div>
      <strong>Showing results for:</strong> {q}
    </div>
  );
}

export function StaticNotice() {
  const notice = '<em>Comments are moderated.</em>';
  return <p dangerouslySetInnerHTML={{ __html: notice }} />; // safe: CWE-79
}
