import { createAI, createStreamableUI } from 'ai/rsc';
import { researchTopic } from './actions/assistant';

// An action of its own ('use server' inside), handed to createAI rather than exported.
async function submit(topic: string) {
  'use server';
  const ui = createStreamableUI(<p>Researching {topic}...</p>);
  researchTopic({ uiStream: ui }, topic);
  return { id: crypto.randomUUID(), display: ui.value };
}

export const AI = createAI({ actions: { submit }, initialUIState: [], initialAIState: [] });
