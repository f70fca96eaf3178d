'use client';

import { useState } from 'react';
import axios from 'axios';

export function ChapterList({ courseId, initial }: { courseId: string; initial: Array<{ id: string; title: string }> }) {
  const [chapters, setChapters] = useState(initial);
  const [saving, setSaving] = useState(false);

  const onReorder = async (next: Array<{ id: string; title: string }>) => {
    setChapters(next);
    try {
      setSaving(true);
      await axios.put('/api/chapters/reorder', { list: next.map((c, position) => ({ id: c.id, position })) });
    } catch {
      alert('Something went wrong');
    } finally {
      setSaving(false);
    }
  };

  async function download() {
    await fetch('/api/export', { method: 'POST' });
  }

  return (
    <ul aria-busy={saving} data-course={courseId}>
      {chapters.map((c) => (
        <li key={c.id} onClick={() => onReorder([c, ...chapters.filter((x) => x !== c)])}>
          {c.title}
        </li>
      ))}
      <li onClick={download}>Export</li>
    </ul>
  );
}
