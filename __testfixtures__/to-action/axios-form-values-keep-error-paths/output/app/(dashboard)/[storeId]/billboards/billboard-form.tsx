'use client';

import { useForm, type FieldValues, type SubmitHandler } from 'react-hook-form';
import { toast } from 'sonner';
import { createBillboard } from '@/app/actions/stores-billboards';

export function BillboardForm({ storeId }: { storeId: string }) {
  const form = useForm<FieldValues>();

  const onSubmit: SubmitHandler<FieldValues> = (values) => {
    createBillboard(storeId, values).then((result) => { if (!result.ok) throw new Error(`Request failed with status code ${result.status}`); return result; })
      .then(() => toast.success('Billboard created.'))
      .catch(() => toast.error('Something went wrong.'));
  };

  const onDuplicate = async () => {
    const result = await createBillboard(storeId, form.getValues());
    if (!result.ok) throw new Error(`Request failed with status code ${result.status}`);
    toast.success(`Created ${result.data.label}`);
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)}>
      <input {...form.register('label')} />
      <input {...form.register('imageUrl')} />
      <button type="submit">Create</button>
      <button type="button" onClick={onDuplicate}>Duplicate</button>
    </form>
  );
}
