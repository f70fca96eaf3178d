'use client';

import { useState } from 'react';
import { useParams, useRouter } from 'next/navigation';
import axios from 'axios';
import { useForm, type SubmitHandler } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { toast } from '@/lib/toast';

const formSchema = z.object({
  name: z.string().min(1, 'Enter a category name'),
});

type CategoryFormValues = z.infer<typeof formSchema>;

export function CategoryForm() {
  const params = useParams();
  const router = useRouter();
  const [loading, setLoading] = useState(false);

  const form = useForm<CategoryFormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '' },
  });

  const onSubmit: SubmitHandler<CategoryFormValues> = async (values) => {
    try {
      setLoading(true);
      const response = await axios.post(`/api/stores/${params.storeId}/categories`, values);
      toast.success(`Category "${response.data.name}" created.`);
      form.reset();
      router.refresh();
    } catch (error) {
      toast.error('Something went wrong.');
    } finally {
      setLoading(false);
    }
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="inline-form">
      <label htmlFor="category-name">Category name</label>
      <input id="category-name" {...form.register('name')} disabled={loading} />
      <button type="submit" disabled={loading}>
        Add category
      </button>
      {form.formState.errors.name && <p className="field-error">{form.formState.errors.name.message}</p>}
    </form>
  );
}
