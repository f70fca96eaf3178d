'use client';

import { useState } from 'react';
import { useParams, useRouter } from 'next/navigation';
import axios from 'axios';
import { toast } from '@/lib/toast';
import type { Category } from '@/lib/db';

export function CategoryItem({ category }: { category: Category }) {
  const params = useParams();
  const router = useRouter();
  const [loading, setLoading] = useState(false);

  const onDelete = async () => {
    try {
      setLoading(true);
      await axios.delete(`/api/stores/${params.storeId}/categories/${category.id}`);
      toast.success('Category deleted.');
      router.refresh();
    } catch (error) {
      toast.error('Something went wrong.');
    } finally {
      setLoading(false);
    }
  };

  return (
    <li>
      <span>{category.name}</span>
      <button type="button" onClick={onDelete} disabled={loading} aria-label={`Delete ${category.name}`}>
        Delete
      </button>
    </li>
  );
}
