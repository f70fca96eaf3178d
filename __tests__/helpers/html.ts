// Reading an --html review page in a test without a browser (html-report.test.ts opens it in one).
/** A page's visible text, roughly: tags dropped, entities the renderer writes decoded. */
export const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The rows of the page's site tables, as text. */
export const siteRows = (html: string) =>
  [...html.matchAll(/<tr class="site [^"]*">([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1]!));
