'use server';

export async function createFeedback(form: FormData) {
  return { thanks: `Thanks, ${form.get('name')}` };
}
