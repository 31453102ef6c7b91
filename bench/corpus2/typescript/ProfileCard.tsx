// Prompt: "React component that shows a user's markdown profile, their
// website link, and returns to the page in ?redirect= after editing."
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import React, { useEffect, useState } from 'react';

interface Profile {
  name: string;
  bio: string;
  website: string;
}

function toHtml(md: string): string {
  return marked.parse(md) as string;
}

export function ProfileCard({ profile }: { profile: Profile }) {
  const html = toHtml(profile.bio);
  return (
    <div className="card">
      <h2>{profile.name}</h2>
      <div dangerouslySetInnerHTML={{ __html: html }} /> {/* vuln: CWE-79 */}
      <a href={profile.website}>website</a>
    </div>
  );
}

export function SafeProfileCard({ profile }: { profile: Profile }) {
  const html = DOMPurify.sanitize(toHtml(profile.bio));
  return (
    <div className="card">
      <h2>{profile.name}</h2>
      <div dangerouslySetInnerHTML={{ __html: html }} /> {/* safe: CWE-79 */}
    </div>
  );
}

export function EditProfile({ profile }: { profile: Profile }) {
  const [bio, setBio] = useState(profile.bio);
  const params = new URLSearchParams(window.location.search);

  async function save() {
    await fetch('/api/profile', { method: 'PUT', body: JSON.stringify({ bio }) });
    const back = params.get('redirect');
    if (back) {
      window.location.href = back; // vuln: CWE-601
    }
  }

  async function saveSafe() {
    await fetch('/api/profile', { method: 'PUT', body: JSON.stringify({ bio }) });
    const back = params.get('redirect') ?? '/';
    window.location.href = back.startsWith('/') && !back.startsWith('//') ? back : '/'; // safe: CWE-601
  }

  useEffect(() => {
    const preview = document.getElementById('preview');
    if (preview) {
      preview.innerHTML = toHtml(bio); // vuln: CWE-79
    }
  }, [bio]);

  useEffect(() => {
    const title = document.getElementById('title');
    if (title) {
      title.textContent = params.get('title') ?? profile.name; // safe: CWE-79
    }
  }, []);

  return (
    <form onSubmit={(e) => { e.preventDefault(); save(); }}>
      <textarea value={bio} onChange={(e) => setBio(e.target.value)} />
      <div id="preview" />
      <button type="button" onClick={saveSafe}>Save and return</button>
    </form>
  );
}
