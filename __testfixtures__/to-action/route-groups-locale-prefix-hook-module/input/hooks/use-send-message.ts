import { useCallback } from 'react';

export function useSendMessage(locale: string) {
  return useCallback(
    async (text: string) => {
      const res = await fetch('/api/messages', { method: 'POST', body: JSON.stringify({ text }) });
      const message = await res.json();
      const greeting = await fetch(`/${locale}/api/greeting`, { method: 'POST' }).then((r) => r.json());
      return { message, greeting };
    },
    [locale],
  );
}
