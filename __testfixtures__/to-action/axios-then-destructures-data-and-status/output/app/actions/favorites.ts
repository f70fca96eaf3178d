'use server';

import { favorites } from '@/lib/favorites';

export async function deleteFavorite(listingId: string) {
  return { count: favorites.remove(listingId) };
}

export async function createFavorite(listingId: string): Promise<{ ok: boolean; status: number; data: any }> {
  if (!listingId) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Invalid ID' }
    };
  }
  return {
    ok: true,
    status: 200,
    data: { count: favorites.add(listingId) }
  };
}
