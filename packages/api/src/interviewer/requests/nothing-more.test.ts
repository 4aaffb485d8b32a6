import { describe, expect, it } from 'vitest';
import { saysNothingMore } from './nothing-more.ts';

describe('"nothing more to add"', () => {
  it.each(["No, that's all.", 'Nothing else, thanks.', 'that’s it', 'No, I think that’s everything.', "I've got nothing more to add", 'Nope, that covers it!', 'No, that is all.', 'I think that is it, thank you', 'Non, c’est tout.', 'No, eso es todo.', 'Nein, das ist alles.'])('reads %j as nothing more', (text) => {
    expect(saysNothingMore(text)).toBe(true);
  });

  it.each(['That’s all I wanted: a refund.', 'Nothing else worked, so I called.', 'No.', 'It was fine, that is all I can say about the agent who helped me', 'That is all it took: one call.'])('does not read %j as nothing more', (text) => {
    expect(saysNothingMore(text)).toBe(false);
  });
});
