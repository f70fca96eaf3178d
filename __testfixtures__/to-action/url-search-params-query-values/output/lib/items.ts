export async function removeItem(id: string | null) {
  return { removed: id };
}

export async function moveItems(order: string[], page: number, size: number) {
  return { order, page, size };
}

export async function exportItems(format: string, since: string | null) {
  return { url: `/exports/items.${format}`, since };
}

export async function renameDocument(id: string, title: string) {
  return { id, title };
}
