import { describe, expect, it } from 'vitest';
import { guardQuestions } from './question-guard.ts';

const through = (mode: 'one' | 'none', pieces: string[]) => {
  const guard = guardQuestions(mode);
  const shown = pieces.map((p) => guard.push(p)).join('') + guard.end();
  return { shown, asked: guard.asked() };
};

describe('guarding a reply to the questions its move may ask', () => {
  it('keeps one question and drops everything after it, however the pieces fall', () => {
    const text = 'You said the chat closed on you — what happened next? And how did that feel?';
    for (let size = 1; size < 12; size += 1) {
      const pieces = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(through('one', pieces)).toEqual({ shown: 'You said the chat closed on you — what happened next?', asked: true });
    }
  });

  it('drops asking sentences from an acknowledgement and keeps the rest', () => {
    expect(through('none', ['Thanks! ', 'Which channel ', 'did you use? ', 'That helps.'])).toEqual({ shown: 'Thanks! That helps.', asked: false });
    expect(through('none', ['Thank you so much for your time today.'])).toEqual({ shown: 'Thank you so much for your time today.', asked: false });
    expect(through('none', ['Thanks, that helps. ¿Qué canal usaste?'])).toEqual({ shown: 'Thanks, that helps.', asked: false });
  });

  it('shows a reply with no question unchanged in "one" mode', () => {
    expect(through('one', ['Sorry to hear that. ', 'Tell me more about the export.'])).toEqual({ shown: 'Sorry to hear that. Tell me more about the export.', asked: false });
  });
});
