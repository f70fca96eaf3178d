'use server';

export async function createEvent(event: any) {
  return { id: 'e1', title: event.title, startsAt: event.startsAt };
}
