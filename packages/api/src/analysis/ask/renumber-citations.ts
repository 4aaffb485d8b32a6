import type { AskResponse, Quote } from '@parley/protocol';

/** The quote numbers inside one citation marker: "3", "2, 3", "1-2", "1–3" (ranges are capped, a model can write [1-999]). */
function numbersIn(marker: string): number[] {
  const out: number[] = [];
  for (const part of marker.split(',')) {
    const range = /^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      for (let n = from; n <= Math.min(to, from + 20); n++) out.push(n);
    } else if (/^\s*\d{1,3}\s*$/.test(part)) out.push(Number(part));
  }
  return out;
}

/**
 * Turns a model's answer that cites `[n]` (or `[n, m]`, `[n-m]`) of the given quotes into the API's answer:
 * `citations` holds exactly the quotes it cited, in order of first citation, and the markers are rewritten as `[i]`
 * runs to match. Numbers of quotes that were never given are dropped, so an answer can never point at a turn that
 * does not exist.
 */
export function renumberCitations(text: string, quotes: Quote[]): AskResponse {
  const order: number[] = [];
  const answer = text
    .replace(/\[([\d\s,\-–]+)\]/g, (_, inner: string) => {
      const valid = numbersIn(inner).filter((n) => n >= 1 && n <= quotes.length);
      for (const n of valid) if (!order.includes(n)) order.push(n);
      return [...new Set(valid)].map((n) => `[${order.indexOf(n) + 1}]`).join('');
    })
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return { answer, citations: order.map((n) => quotes[n - 1]!) };
}
