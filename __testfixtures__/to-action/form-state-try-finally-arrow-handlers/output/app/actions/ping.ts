'use server';

export async function createPing(form: FormData) {
  console.log('ping', form.get('note'));
  return;
}
