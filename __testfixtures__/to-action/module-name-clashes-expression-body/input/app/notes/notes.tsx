'use client';

export function Notes() {
  async function add() {
    const res = await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ title: 'Hi' }) });
    const note = await res.json();
    console.log(note.id);
  }
  async function save(id: string) {
    const res = await fetch(`/api/notes/${id}`, { method: 'PATCH', body: JSON.stringify({ text: 'x' }) });
    const { saved } = await res.json();
    console.log(saved);
  }
  return (
    <div>
      <button onClick={add}>Add</button>
      <button onClick={() => save('n1')}>Save</button>
    </div>
  );
}
