'use server';

import { openai } from '@ai-sdk/openai';
import { generateText, streamText } from 'ai';
import { createStreamableUI, createStreamableValue, streamUI } from 'ai/rsc';
import { ForecastCard } from '../../components/forecast-card';

const model = openai('gpt-4o-mini');

// The client reads it with readStreamableValue(): only React can carry it.
export async function draftReply(prompt: string) {
  const stream = createStreamableValue('');
  (async () => {
    const { textStream } = streamText({ model, prompt });
    for await (const delta of textStream) stream.update(delta);
    stream.done();
  })();
  return { draft: stream.value };
}

export async function showForecast(city: string) {
  return <ForecastCard city={city} />;
}

export async function askAssistant(question: string) {
  const result = await streamUI({
    model,
    prompt: question,
    text: ({ content }) => <p>{content}</p>,
  });
  return { id: crypto.randomUUID(), display: result.value };
}

export async function loadingCard(city: string) {
  const card = createStreamableUI(<p>Loading {city}...</p>);
  setTimeout(() => card.done(<ForecastCard city={city} />), 500);
  const display = card.value;
  return display;
}

// Streams into the UI it is handed: no request body carries a streamable.
export async function researchTopic(state: { uiStream: ReturnType<typeof createStreamableUI> }, topic: string) {
  const { text } = await generateText({ model, prompt: `Research ${topic}` });
  state.uiStream.done(<p>{text}</p>);
}

// Plain text from the AI SDK: JSON carries it, so this one moves.
export async function summarize(text: string) {
  if (typeof text !== 'string') return { error: 'Text is required' };
  const result = await generateText({ model, prompt: `Summarize: ${text}` });
  return { summary: result.text };
}
