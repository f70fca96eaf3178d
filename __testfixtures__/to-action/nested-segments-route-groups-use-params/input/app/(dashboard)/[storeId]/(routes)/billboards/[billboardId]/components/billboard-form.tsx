'use client';

import { useState } from 'react';
import axios from 'axios';
import { useParams, useRouter } from 'next/navigation';

export function BillboardForm({ initialLabel }: { initialLabel: string }) {
  const params = useParams();
  const router = useRouter();
  const [label, setLabel] = useState(initialLabel);
  const [loading, setLoading] = useState(false);

  async function save() {
    try {
      setLoading(true);
      await axios.patch(`/api/${params.storeId}/billboards/${params.billboardId}`, { label });
      router.refresh();
    } finally {
      setLoading(false);
    }
  }

  async function remove() {
    setLoading(true);
    await axios.delete(`/api/${params.storeId}/billboards/${params.billboardId}`);
    router.push(`/${params.storeId}/billboards`);
  }

  return (
    <div>
      <input value={label} disabled={loading} onChange={(e) => setLabel(e.target.value)} />
      <button disabled={loading} onClick={save}>Save</button>
      <button disabled={loading} onClick={remove}>Delete</button>
    </div>
  );
}
