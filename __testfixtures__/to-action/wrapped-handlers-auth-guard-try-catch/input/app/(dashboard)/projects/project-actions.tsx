'use client';

export function ProjectActions({ projectId }: { projectId: string }) {
  async function rename(name: string) {
    const res = await fetch(`/api/projects/${projectId}`, { method: 'PATCH', body: JSON.stringify({ name }) });
    if (!res.ok) return alert('Could not rename');
    const project = await res.json();
    console.log(project);
  }

  async function remove() {
    const res = await fetch(`/api/projects/${projectId}`, { method: 'DELETE' });
    if (!res.ok) alert('Could not delete');
  }

  async function addTask(title: string) {
    const res = await fetch('/api/tasks', { method: 'POST', body: JSON.stringify({ title }) });
    if (!res.ok) return alert(await res.json());
    console.log(await res.json());
  }

  async function openBilling() {
    const res = await fetch('/api/billing', { method: 'POST' });
    const { url } = await res.json();
    window.location.href = url;
  }

  async function comment(text: string) {
    const res = await fetch('/api/comments', { method: 'POST', body: JSON.stringify({ text }) });
    console.log(await res.json());
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
