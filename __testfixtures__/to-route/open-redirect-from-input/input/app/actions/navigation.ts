'use server';

import { redirect, permanentRedirect as moved } from 'next/navigation';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { actionClient } from '../../lib/safe-action';
import { savePost } from '../../lib/posts';

export async function redirectToPath(path: string) {
  redirect(path);
}

// `countryCode=/evil.example` makes this `//evil.example/account`.
export async function switchCountry(formData: FormData) {
  const countryCode = formData.get('countryCode') as string;
  (await cookies()).set('country', countryCode);
  redirect(`/${countryCode}/account`);
}

export async function openSection({ section }: { section: string }) {
  const slug = section.trim().toLowerCase();
  moved('/docs/' + slug);
}

// A schema that takes any string lets `//evil.example` through too.
export const finishOnboarding = actionClient
  .inputSchema(z.object({ returnTo: z.string() }))
  .action(async ({ parsedInput }) => {
    redirect(parsedInput.returnTo);
  });

// The location is the app's own: these move.
export async function publishPost(formData: FormData) {
  const title = formData.get('title');
  if (typeof title !== 'string' || title.length === 0) return { error: 'Title is required' };
  const post = await savePost(title);
  redirect(`/posts/${post.id}`);
}

// The host is written out before the input: it cannot send anyone elsewhere.
export async function openBillingPortal(customerId: string) {
  if (typeof customerId !== 'string') return { error: 'Unknown customer' };
  redirect(`https://billing.example.com/portal/${customerId}`);
}

export async function signOut() {
  (await cookies()).delete('session');
  redirect('/sign-in');
}
