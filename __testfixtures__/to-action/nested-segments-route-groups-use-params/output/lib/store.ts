export async function updateBillboard(storeId: string, billboardId: string, label: string) {
  return { storeId, id: billboardId, label };
}

export async function deleteBillboard(storeId: string, billboardId: string) {
  return { storeId, id: billboardId };
}

export async function deleteStoreFile(storeId: string, path: string) {
  return { storeId, path };
}

export async function buildReport(storeId: string, range: string[] | undefined) {
  return { storeId, from: range?.[0] ?? 'start', to: range?.[1] ?? 'now' };
}
