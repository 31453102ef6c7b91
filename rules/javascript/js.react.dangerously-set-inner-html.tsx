import DOMPurify from 'dompurify';

type Post = { title: string; html: string };

export function PostBody({ post }: { post: Post }) {
  // ruleid: js.react.dangerously-set-inner-html
  return <div className="prose" dangerouslySetInnerHTML={{ __html: post.html }} />;
}

export function SafePostBody({ post }: { post: Post }) {
  // ok: js.react.dangerously-set-inner-html
  return <div className="prose" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.html) }} />;
}
