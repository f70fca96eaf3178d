'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import * as z from 'zod';
import { updateStore, deleteStore } from '@/app/actions/stores';

const formSchema = z.object({
  name: z.string().min(1),
});

type SettingsFormValues = z.infer<typeof formSchema>;

export function SettingsForm({ storeId }: { storeId: string }) {
  const [loading, setLoading] = useState(false);
  const form = useForm<SettingsFormValues>({ resolver: zodResolver(formSchema) });

  const onSubmit = async (data: SettingsFormValues) => {
    try {
      setLoading(true);
      const result = await updateStore(storeId, data);
      if (!result.ok) throw new Error(`Request failed with status code ${result.status}`);
      toast.success('Store updated.');
    } catch (error) {
      toast.error('Something went wrong.');
    } finally {
      setLoading(false);
    }
  };

  const onDelete = async () => {
    try {
      setLoading(true);
      const result = await deleteStore(storeId);
      if (!result.ok) throw Object.assign(new Error(`Request failed with status code ${result.status}`), { response: result });
      const removed = result.data;
      window.location.assign(`/?removed=${removed.id}`);
    } catch (error: any) {
      // The server's own words, where it sent some.
      toast.error(error.response?.data ?? 'Could not delete the store.');
    } finally {
      setLoading(false);
    }
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)}>
      <input {...form.register('name')} disabled={loading} />
      <button type="submit" disabled={loading}>Save</button>
      <button type="button" onClick={onDelete} disabled={loading}>Delete</button>
    </form>
  );
}
