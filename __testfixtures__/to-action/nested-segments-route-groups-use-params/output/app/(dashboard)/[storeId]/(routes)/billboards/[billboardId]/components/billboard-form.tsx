'use client';

import { useState } from 'react';
import { useParams, useRouter } from 'next/navigation';
import { updateBillboardByBillboardId, deleteBillboardByBillboardId } from '@/app/actions/billboards';

export function BillboardForm({ initialLabel }: { initialLabel: string }) {
  const params = useParams();
  const router = useRouter();
  const [label, setLabel] = useState(initialLabel);
  const [loading, setLoading] = useState(false);

  async function save() {
    try {
      setLoading(true);
      await updateBillboardByBillboardId(String(params.storeId), String(params.billboardId), { label });
      router.refresh();
    } finally {
      setLoading(false);
    }
  }

  async function remove() {
    setLoading(true);
    await deleteBillboardByBillboardId(String(params.storeId), String(params.billboardId));
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
