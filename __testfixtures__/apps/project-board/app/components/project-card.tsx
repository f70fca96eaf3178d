'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { archiveProject, renameProject } from '@/app/actions/projects';
import type { Project } from '@/lib/projects';

export function ProjectCard({ project }: { project: Project }) {
  const [name, setName] = useState(project.name);
  const [message, setMessage] = useState('');
  const [isPending, startTransition] = useTransition();

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await renameProject(project.id, name);
      setMessage(result.ok ? `Renamed to ${result.project.name}` : result.error);
    });
  }

  function archive() {
    startTransition(async () => {
      try {
        await archiveProject(project.id);
      } catch {
        setMessage('Could not archive this project');
      }
    });
  }

  return (
    <article className="card">
      <h2>{project.name}</h2>
      <form onSubmit={save}>
        <label htmlFor={`name-${project.id}`}>Name of {project.name}</label>{' '}
        <input id={`name-${project.id}`} value={name} onChange={(event) => setName(event.target.value)} />{' '}
        <button type="submit" disabled={isPending} aria-label={`Save ${project.name}`}>
          Save
        </button>
      </form>
      <button type="button" onClick={archive} disabled={isPending} aria-label={`Archive ${project.name}`}>
        Archive
      </button>
      {message && <p role="status">{message}</p>}
    </article>
  );
}
