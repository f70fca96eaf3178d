'use client';

import { useState } from 'react';
import { useParams } from 'next/navigation';

export function FileRow({ folder, name }: { folder: string; name: string }) {
  const { storeId } = useParams<{ storeId: string }>();
  const [summary, setSummary] = useState('');

  async function remove() {
    await fetch(`/api/${storeId}/files/${folder}/${encodeURIComponent(name)}`, { method: 'DELETE' });
  }

  async function reportAll() {
    const res = await fetch(`/api/${storeId}/reports`, { method: 'POST' });
    const report = await res.json();
    setSummary(`${report.from} to ${report.to}`);
  }

  async function reportBetween(from: string, to: string) {
    const res = await fetch(`/api/${storeId}/reports/${from}/${to}`, { method: 'POST' });
    const report = await res.json();
    setSummary(`${report.from} to ${report.to}`);
  }

  return (
    <li>
      {folder}/{name}
      <button onClick={remove}>Delete</button>
      <button onClick={reportAll}>Report</button>
      <button onClick={() => reportBetween('2024-01-01', '2024-12-31')}>Report 2024</button>
      {summary && <small>{summary}</small>}
    </li>
  );
}
