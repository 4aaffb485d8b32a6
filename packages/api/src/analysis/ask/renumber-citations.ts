import type { AskResponse, Quote } from '@parley/protocol';

/**
 * Turns a model's answer that cites `[n]` of the given quotes into the API's answer: `citations` holds exactly the
 * quotes it cited, in order of first citation, and the markers are renumbered to match. Markers for quotes that were
 * never given are removed, so an answer can never point at a turn that does not exist.
 */
export function renumberCitations(text: string, quotes: Quote[]): AskResponse {
  const order: number[] = [];
  const answer = text
    .replace(/\[(\d{1,3})\]/g, (_, raw: string) => {
      const n = Number(raw);
      if (n < 1 || n > quotes.length) return '';
      if (!order.includes(n)) order.push(n);
      return `[${order.indexOf(n) + 1}]`;
    })
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return { answer, citations: order.map((n) => quotes[n - 1]!) };
}
