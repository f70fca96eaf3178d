'use client';

import { useState } from 'react';
import { useParams, useRouter } from 'next/navigation';
import axios from 'axios';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { toast } from '@/lib/toast';
import type { Store } from '@/lib/db';

const formSchema = z.object({
  name: z.string().min(1, 'Enter a name for the store'),
});

type SettingsFormValues = z.infer<typeof formSchema>;

export function SettingsForm({ initialData }: { initialData: Store }) {
  const params = useParams();
  const router = useRouter();
  const [loading, setLoading] = useState(false);

  const form = useForm<SettingsFormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: initialData.name },
  });

  const onSubmit = async (data: SettingsFormValues) => {
    try {
      setLoading(true);
      await axios.patch(`/api/stores/${params.storeId}`, data);
      toast.success('Store updated.');
      router.refresh();
    } catch (error) {
      toast.error('Something went wrong.');
    } finally {
      setLoading(false);
    }
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="card">
      <h2>Settings</h2>
      <label htmlFor="store-name">Store name</label>
      <input id="store-name" {...form.register('name')} disabled={loading} />
      {form.formState.errors.name && <p className="field-error">{form.formState.errors.name.message}</p>}
      <button type="submit" disabled={loading}>
        {loading ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  );
}
