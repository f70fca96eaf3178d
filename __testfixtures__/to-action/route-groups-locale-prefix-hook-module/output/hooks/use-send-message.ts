import { useCallback } from 'react';
import { createMessage } from '../app/actions/messages';
import { createGreeting } from '../app/actions/greeting';

export function useSendMessage(locale: string) {
  return useCallback(
    async (text: string) => {
      const message = await createMessage({ text });
      const greeting = await createGreeting(locale);
      return { message, greeting };
    },
    [locale],
  );
}
