'use client';

import { subscribe as subscribeAction } from '@/app/actions/subscribe';

export function SubscribeButton({ email }: { email: string }) {
  async function subscribe() {
    await subscribeAction({ email });
  }
  return <button onClick={subscribe}>Subscribe</button>;
}
