'use server';

import { deleteBillboard, updateBillboard } from '@/lib/store';

export async function deleteBillboardByBillboardId(storeId: string, billboardId: string) {
  const billboard = await deleteBillboard(storeId, billboardId);
  return billboard;
}

export async function updateBillboardByBillboardId(storeId: string, billboardId: string, input: { label?: any }) {
  const { label } = input;
  const billboard = await updateBillboard(storeId, billboardId, label);
  return billboard;
}
