'use client';

import { useSendMessage } from '../../hooks/use-send-message';

export function Composer() {
  const send = useSendMessage('fr');
  return <button onClick={() => send('hi')}>Send</button>;
}
