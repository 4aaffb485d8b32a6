import { describe, expect, it } from 'vitest';
import type { SeenRequest } from '../llm/fake-openai.ts';
import { misformatsOf, paraphrase, readRequest, scriptedModel } from './scripted-model.ts';
import { PARTICIPANTS } from './participants.ts';
import { runStrategy } from './run.ts';

const SYSTEM = `Role: interviewer…
<study_brief>
Language of the interview (BCP 47): en
</study_brief>
<interview_guide>
- issue (mandatory, verbatim): Tell me about the last time you contacted our support team. What was going on? — to learn: the problem
- channel (core, reword): Which channel did you use to get in touch with us? — to learn: the channel used to contact support (chat, email, phone)
- effort (mandatory, verbatim): How much effort did it take on your side to get the issue resolved? — to learn: the effort
</interview_guide>`;

/** A request in the conductor's format (see src/interviewer/llm/turn-brief.ts). */
function request(answer: string, moves: string, extra = ''): SeenRequest {
  const user = `<coverage>
Follow-ups asked on the current question: 0 (at most 3).
Guide status: issue current; channel to come; effort to come (mandatory).
</coverage>
<recent_turns>
</recent_turns>
<participant_answer>
${answer}
</participant_answer>
${extra}Moves allowed now: ${moves}.
If you choose next, the next question is effort (verbatim: write only your acknowledgement, the conductor asks it): "How much effort did it take on your side to get the issue resolved?".
Answer now in the required format: move word, your words, then NOTE (and STORY, COVERED when they apply).`;
  return { body: {}, headers: new Headers(), at: 0, system: SYSTEM, user, prompt: `${SYSTEM}\n${user}` };
}
const text = (req: SeenRequest) => {
  const a = scriptedModel(req);
  return 'stream' in a ? a.stream : '';
};

describe('the scripted model', () => {
  it('reads the moves, the answer, the next question and the intents to come', () => {
    const r = readRequest(request('I opened a chat last week.', 'probe, next'));
    expect(r).toMatchObject({ allowed: ['probe', 'next'], answer: 'I opened a chat last week.', language: 'en', probes: 0, maxProbes: 3 });
    expect(r.next).toMatchObject({ id: 'effort', verbatim: true });
    expect(r.toCome).toEqual([{ id: 'channel', examples: ['chat', 'email', 'phone'] }, { id: 'effort', examples: [] }]);
  });

  it('follows a story up in the participant’s words, with empathy for anger, and claims what it covered', () => {
    const out = text(request('Last week I opened a chat and I was furious, nobody answered for days.', 'probe, next'));
    expect(out).toMatch(/^(?:\*\*|\[|Move: )?probe/i);
    expect(out).toMatch(/sorry/i);
    expect(out).toMatch(/nobody answered|opened a chat/);
    expect(out).toMatch(/COVERED: channel \| /);
  });

  it('acknowledges plainly after a non-answer and never probes it', () => {
    const out = text(request('idk', 'probe, next', 'Noticed: the answer says nothing: do not follow it up.\n'));
    expect(out).toMatch(/^\W*(?:move: )?next/i);
    expect(out.split('\nNOTE:')[0]).not.toMatch(/idk|helpful|great/i);
  });

  it('signals a stop the conductor did not notice, and is deterministic', () => {
    expect(text(request('Voglio smettere, grazie.', 'probe, next'))).toBe('stop\n');
    const req = request('The export broke after the update.', 'probe, next');
    expect(text(req)).toBe(text(req));
  });

  it('makes a shorter question of a guide question, as models paraphrase', () => {
    expect(paraphrase('Which channel did you use to get in touch with us?')).toBe('Which channel did you use?');
  });

  it('reads the real conductor’s prompts, and sends every kind of misformat in a replay', { timeout: 30_000 }, async () => {
    const run = await runStrategy('llm', { only: PARTICIPANTS.filter((p) => ['maya-storyteller', 'rita-angry', 'theo-trial-story', 'cleo-clarify', 'tom-terse', 'priya-persona-detailed'].includes(p.name)) });
    const readings = run.model!.requests.map(readRequest);
    expect(readings.length).toBeGreaterThan(20);
    for (const r of readings) {
      expect(r.allowed.length).toBeGreaterThan(0);
      expect(r.answer).not.toBe('');
    }
    expect(readings.some((r) => r.next && r.next.text.length > 0)).toBe(true);
    expect(readings.some((r) => r.toCome.length > 0)).toBe(true);
    const kinds = Object.keys(run.model!.misformats);
    for (const k of ['decorated or capitalised move word', 'no NOTE line', 'a question in a `next` acknowledgement']) expect(kinds).toContain(k);
    expect(misformatsOf(request('x', 'wrap'), 'wrap\nThanks for your time. Anything else?\nNOTE: x')).toEqual(['a question in a `wrap`']);
  });
});
