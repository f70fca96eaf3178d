'use client';

import { useEffect, useState } from 'react';

type Project = { id: string; name: string };

export function ProjectList() {
  const [projects, setProjects] = useState<Project[]>([]);

  useEffect(() => {
    fetch('/api/projects')
      .then((res) => {
        if (!res.ok) throw new Error(`Failed with ${res.status}`);
        return res.json();
      })
      .then(setProjects);
  }, []);

  async function createTwo() {
    await Promise.all([
      fetch('/api/projects', { method: 'POST', body: JSON.stringify({ name: 'A' }) }),
      fetch('/api/projects', { method: 'POST', body: JSON.stringify({ name: 'B' }) }),
    ]);
  }

  async function createOne() {
    await fetch('/api/projects', { method: 'POST', body: JSON.stringify({ name: 'C' }) });
  }

  return (
    <ul onClick={createTwo} onDoubleClick={createOne}>
      {projects.map((p) => (
        <li key={p.id}>{p.name}</li>
      ))}
    </ul>
  );
}
