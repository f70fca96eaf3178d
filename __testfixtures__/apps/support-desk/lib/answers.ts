const CANNED: Array<{ keywords: string[]; answer: string }> = [
  {
    keywords: ['password', 'login', 'sign in'],
    answer: 'You can reset your password from the sign-in page: choose "Forgot password" and follow the link we email you.',
  },
  {
    keywords: ['invoice', 'billing', 'refund'],
    answer: 'Invoices live under Billing. Paid invoices can be downloaded as PDF at any time.',
  },
];

/** The support bot's answer, as the words it will stream. */
export function draftAnswer(question: string): string[] {
  const q = question.toLowerCase();
  const match = CANNED.find((entry) => entry.keywords.some((k) => q.includes(k)));
  const body = match?.answer ?? 'A teammate will look into this and get back to you.';
  return `${body} Our team usually replies within one business day.`.split(/(?<= )/);
}
