'use client';

// The action's name, spelled with a unicode escape.
const \u0073aveNote = 'draft';

export function Editor() {
  async function onSave() {
    await fetch('/api/save-note', {
      method: 'POST',
      body: JSON.stringify({ text: \u0073aveNote }),
    });
  }
  return <button onClick={onSave}>Save</button>;
}
