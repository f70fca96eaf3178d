'use client';

import axios from 'axios';
import { useForm, type FieldValues, type SubmitHandler } from 'react-hook-form';
import { toast } from 'sonner';

export function BillboardForm({ storeId }: { storeId: string }) {
  const form = useForm<FieldValues>();

  const onSubmit: SubmitHandler<FieldValues> = (values) => {
    axios
      .post(`/api/stores/${storeId}/billboards`, values)
      .then(() => toast.success('Billboard created.'))
      .catch(() => toast.error('Something went wrong.'));
  };

  const onDuplicate = async () => {
    const response = await axios.post(`/api/stores/${storeId}/billboards`, form.getValues());
    toast.success(`Created ${response.data.label}`);
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
