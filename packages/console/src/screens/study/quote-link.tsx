import type { Quote } from '@parley/protocol';
import { href } from '../../routing/routes.ts';

/** A participant's words, linking to the very turn of the transcript they come from. */
export function QuoteLink({ studyId, quote }: { studyId: string; quote: Quote }) {
  return (
    <blockquote class="quote">
      <a href={href({ name: 'transcript', studyId, sessionId: quote.sessionId, turnId: quote.turnId })}>“{quote.text}”</a>
    </blockquote>
  );
}
