'use client';

import { updateProject, deleteProject } from '@/app/actions/projects';
import { createTask } from '@/app/actions/tasks';
import { createComment } from '@/app/actions/comments';

export function ProjectActions({ projectId }: { projectId: string }) {
  async function rename(name: string) {
    const result = await updateProject(projectId, { name });
    if (!result.ok) return alert('Could not rename');
    const project = result.data;
    console.log(project);
  }

  async function remove() {
    const result = await deleteProject(projectId);
    if (!result.ok) alert('Could not delete');
  }

  async function addTask(title: string) {
    const result = await createTask({ title });
    if (!result.ok) return alert(result.data);
    console.log(result.data);
  }

  async function openBilling() {
    const res = await fetch('/api/billing', { method: 'POST' });
    const { url } = await res.json();
    window.location.href = url;
  }

  async function comment(text: string) {
    const data = await createComment({ text });
    console.log(data);
  }

  async function promote() {
    const res = await fetch('/api/admin', { method: 'POST' });
    console.log(await res.json());
  }

  return (
    <div>
      <button onClick={() => rename('New name')}>Rename</button>
      <button onClick={remove}>Delete</button>
      <button onClick={() => addTask('Write docs')}>Add task</button>
      <button onClick={openBilling}>Billing</button>
      <button onClick={() => comment('Nice')}>Comment</button>
      <button onClick={promote}>Promote</button>
    </div>
  );
}
