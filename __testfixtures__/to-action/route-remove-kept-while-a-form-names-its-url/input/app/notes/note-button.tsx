'use client';

export function NoteButton() {
  async function save() {
    await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ text: 'hi' }) });
  }
  return <button onClick={save}>Save</button>;
}
