'use client';

export function NoteForm() {
  async function save() {
    const res = await fetch('/api/note', { method: 'POST', body: JSON.stringify({ title: 'x' }) });
    if (!res.ok) return;
    const note = await res.json();
    console.log(note);
  }

  async function tag() {
    const res = await fetch('/api/tag', { method: 'POST', body: JSON.stringify({ name: 'y' }) });
    const created = await res.json();
    console.log(created);
  }

  return (
    <>
      <button onClick={save}>Save</button>
      <button onClick={tag}>Tag</button>
    </>
  );
}
