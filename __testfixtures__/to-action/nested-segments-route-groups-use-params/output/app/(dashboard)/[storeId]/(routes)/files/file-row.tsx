'use client';

import { useState } from 'react';
import { useParams } from 'next/navigation';
import { deleteFile } from '@/app/actions/files';
import { createReport } from '@/app/actions/reports';

export function FileRow({ folder, name }: { folder: string; name: string }) {
  const { storeId } = useParams<{ storeId: string }>();
  const [summary, setSummary] = useState('');

  async function remove() {
    await deleteFile(storeId, [folder, name]);
  }

  async function reportAll() {
    const report = await createReport(storeId, undefined);
    setSummary(`${report.from} to ${report.to}`);
  }

  async function reportBetween(from: string, to: string) {
    const report = await createReport(storeId, [from, to]);
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
