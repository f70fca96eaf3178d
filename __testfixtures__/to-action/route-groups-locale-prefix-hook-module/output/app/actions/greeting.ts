'use server';

export async function createGreeting(locale: string) {
  return { greeting: locale === 'fr' ? 'Bonjour' : 'Hello' };
}
