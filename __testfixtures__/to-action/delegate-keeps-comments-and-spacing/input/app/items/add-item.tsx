'use client';

export function AddItem() {
  async function add() {
    const res = await fetch('/api/items', { method: 'POST', body: JSON.stringify({ name: 'Pen' }) });
    const item = await res.json();
    alert(item.name);
  }
  return <button onClick={add}>Add</button>;
}
