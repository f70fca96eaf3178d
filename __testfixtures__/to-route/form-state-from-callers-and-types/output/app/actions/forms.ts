'use server';

import type { DraftState } from '@/lib/state';

export type SubscribeState = { status: 'idle' | 'subscribed' | 'error'; message: string };

// The app passes a module constant: the route writes its value.
export async function subscribe(prevState: SubscribeState, formData: FormData): Promise<SubscribeState> {
  const email = formData.get('email');
  if (typeof email !== 'string') return { status: 'error', message: 'Email is required' };
  return { status: 'subscribed', message: `${prevState.message}${email}` };
}

// No caller passes a state: one of the imported interface's type, required members filled in.
export async function saveDraft(prevState: DraftState, formData: FormData) {
  const title = formData.get('title');
  if (typeof title !== 'string') return { ...prevState, saved: false };
  return { ...prevState, title, saved: true };
}

export async function vote(currentState: number | null, formData: FormData) {
  const choice = formData.get('choice');
  if (typeof choice !== 'string') return currentState;
  return (currentState ?? 0) + 1;
}

export async function rename(state: string, formData: FormData) {
  const name = formData.get('name');
  return typeof name === 'string' ? name : state;
}

// The app computes its initial state and the type has no literal value: no route.
export async function schedule(prevState: { at: Date }, formData: FormData) {
  const at = formData.get('at');
  return { at: typeof at === 'string' ? new Date(at) : prevState.at };
}

// Typed `any` yet read as an object: `undefined` would throw on every call.
export async function addTag(currentState: any, formData: FormData) {
  const tag = formData.get('tag');
  return { tags: [...(currentState.tags ?? []), tag] };
}
