'use client';

import { useAction } from 'next-safe-action/hooks';
import { addLabel, countVisit, pingWorkspace } from '@/app/actions/workspace';

export default function LabelsPage() {
  const ping = useAction(pingWorkspace);
  return (
    <div>
      <button onClick={() => ping.execute()}>Ping</button>
      <button onClick={() => addLabel({}, { label: 'urgent' })}>Label</button>
      <button onClick={() => countVisit({})}>Visit</button>
    </div>
  );
}
