import { describe, expect, it } from 'vitest';
import { questionProblem } from './question-checks.ts';

const YES_NO = /asks yes or no/;
const POINTS = /points back|as if it went on/;
const OPTIONS = /suggests answers/;

describe.each([
  ['en', [
    'Tell me about the last time you contacted support. What was going on?',
    'How much effort did it take on your side to get the issue resolved?',
    'Could you walk me through the last time you exported a report?',
    'Can you tell me about the last time you exported a report?',
    'Would you describe the last report you built?',
    'Tell me about the issue you had most recently. What was that like?',
    'Which channel did you use to get in touch with us, and what made you choose it?',
    'Which tool did you pick, and why that one?',
    'What was it about the checkout that made you stop?',
    'What made it hard to set up the integration?',
    'How long did it take for the refund to arrive?',
    'What was it like to set up the product?',
    'When the export failed, what did you do about it?',
    'Tell me about something that surprised you when you first used the product.',
    'What did you like or dislike about the onboarding?',
    'How did getting help this time compare with other times you needed help from us?',
    'How did it feel to finally get an answer from our team?',
    'When it comes to pricing, what matters most to your team?',
    'What happened after the ticket was closed?',
    'When the trial ended, what did you do next?',
    'What made you decide that the feature was worth paying for?',
    'What did you try first, and what did you try next when the export failed?',
  ]],
  ['fr', [
    'Pouvez-vous me raconter la dernière fois que vous avez contacté le support ?',
    'Comment s’est passée votre dernière commande ?',
    'Racontez-moi la dernière fois que vous avez contacté notre support. Que se passait-il ?',
    'Par quel moyen nous avez-vous contactés ?',
    'Qu’avez-vous fait ensuite pour régler le problème ?',
    'Qu’est-ce que vous aimeriez ajouter sur l’aide reçue ?',
  ]],
  ['es', [
    '¿Podrías contarme la última vez que contactaste con soporte?',
    '¿Qué pasó cuando terminó la prueba?',
    'La última vez que usaste nuestro producto, ¿qué intentabas conseguir?',
    'Cuéntame sobre la última vez que contactaste con soporte. ¿Qué estaba pasando?',
    '¿Por qué medio te pusiste en contacto con nosotros?',
    '¿En qué momento decidiste pagar?',
    '¿A quién le pediste ayuda cuando te atascaste?',
  ]],
  ['de', [
    'Können Sie mir erzählen, wie Ihre letzte Bestellung lief?',
    'Können Sie mir von Ihrer letzten Bestellung erzählen?',
    'Was ist passiert, als die Testphase endete?',
    'Erzählen Sie mir vom letzten Mal, als Sie unseren Support kontaktiert haben. Worum ging es?',
    'Denken Sie an den letzten Monat. Was hat Sie beim Einrichten aufgehalten?',
    'Wie viel Aufwand hat es Sie gekostet, das Problem gelöst zu bekommen?',
    'Wie war das Problem, als Sie uns kontaktiert haben?',
  ]],
] as const)('%s: open, standalone questions pass', (language, questions) => {
  it.each(questions)('%j', (text) => expect(questionProblem(text, language)).toBeUndefined());
});

describe.each([
  ['en', [
    ['Did you find the export easy?', YES_NO],
    ['Is there anything else you would like to share?', YES_NO],
    ["Didn't the export work?", YES_NO],
    ['Would you recommend us to a colleague?', YES_NO],
    ['Tell me about your last order. Was it on time?', YES_NO],
    ['Anything else you want to add?', YES_NO],
    ['Walk me through how you did that', POINTS],
    ['What did you do about it at the time?', POINTS],
    ['And what happened then?', POINTS],
    ['Also, how long did the setup take?', POINTS],
    ['So, what made you leave?', POINTS],
    ['Why that one?', POINTS],
    ['Why?', POINTS],
    ['What happened after that?', POINTS],
    ['How did that go?', POINTS],
    ['How did you feel about it?', POINTS],
    ['What was it like?', POINTS],
    ['What would have made that experience better for you?', POINTS],
    ['What happened in the weeks before you made that decision to stop?', POINTS],
    ['What were you doing just before you turned to the checkout that last time?', POINTS],
    ['What were you working on at the time?', POINTS],
    ['What happened after it was closed?', POINTS],
    ['What changed afterwards?', POINTS],
    ['What did you try next?', POINTS],
    ['How did you find out it was closed?', POINTS],
    ['What would have made that better?', POINTS],
    ['How did it compare with other times?', POINTS],
    ['Which channel did you use to get in touch — chat, email, phone or something else — and why that one?', OPTIONS],
    ['Which tools do you use, such as Jira or Trello?', OPTIONS],
    ['How did you pay, by card, transfer, or something else?', OPTIONS],
    ['How did you hear about us (e.g. a friend, an ad)?', OPTIONS],
    ['What did you try first, for example the help centre or a search?', OPTIONS],
    ['How did you contact us: chat, email or phone?', OPTIONS],
    ['Which was harder, setup or billing?', OPTIONS],
  ]],
  ['fr', [
    ['Est-ce que le support vous a aidé ?', YES_NO],
    ['Avez-vous trouvé la réponse ?', YES_NO],
    ['Utilisez-vous encore le produit ?', YES_NO],
    ['Y a-t-il autre chose à ajouter ?', YES_NO],
    ['Et ensuite, que s’est-il passé ?', POINTS],
    ['Qu’avez-vous fait après ça ?', POINTS],
    ['Comment l’avez-vous résolu ?', POINTS],
    ['Qu’en avez-vous pensé ?', POINTS],
    ['Qu’est-ce qui aurait rendu cette expérience meilleure ?', POINTS],
    ['Quels outils utilisez-vous, par exemple Trello ou Jira ?', OPTIONS],
    ['Comment nous avez-vous contactés : chat, e-mail ou téléphone ?', OPTIONS],
  ]],
  ['es', [
    ['¿Tuviste algún problema con el pago?', YES_NO],
    ['¿Tienes otra herramienta?', YES_NO],
    ['¿Has usado la exportación?', YES_NO],
    ['¿Es fácil de usar?', YES_NO],
    ['¿Usaste el chat?', YES_NO],
    ['Cuéntame sobre tu último pedido. ¿Llegó a tiempo?', YES_NO],
    ['Y ¿qué pasó después?', POINTS],
    ['¿Y qué pasó después?', POINTS],
    ['¿Qué hiciste con eso?', POINTS],
    ['¿Por qué ese?', POINTS],
    ['¿Cómo lo resolviste?', POINTS],
    ['¿Qué herramientas usas, por ejemplo Trello o Jira?', OPTIONS],
  ]],
  ['de', [
    ['Haben Sie den Support kontaktiert?', YES_NO],
    ['Gibt es noch etwas?', YES_NO],
    ['Hast du das Problem gelöst?', YES_NO],
    ['Ist die Einrichtung einfach?', YES_NO],
    ['Sind Sie zufrieden?', YES_NO],
    ['Nutzen Sie den Export?', YES_NO],
    ['Und was ist dann passiert?', POINTS],
    ['Was haben Sie damit gemacht?', POINTS],
    ['Wie haben Sie das gelöst?', POINTS],
    ['Was hat das für Sie bedeutet?', POINTS],
    ['Wie lief es?', POINTS],
    ['Welche Tools nutzen Sie, zum Beispiel Trello oder Jira?', OPTIONS],
  ]],
] as [string, [string, RegExp][]][])('%s: closed, dependent or leading questions are refused', (language, cases) => {
  it.each(cases)('%j', (text, why) => expect(questionProblem(text, language)).toMatch(why));
});

describe('messages a researcher can act on', () => {
  it('quotes the opener and says how to ask openly', () => {
    expect(questionProblem('Did you find the export easy?')).toBe('asks yes or no ("Did you find…"): ask it openly, e.g. "How did you…" or "What…"');
  });

  it('quotes the pointer and the options', () => {
    expect(questionProblem('What did you do about it at the time?')).toMatch(/^points back to something it does not name \("it at"\)/);
    expect(questionProblem('Which tools do you use, such as Jira or Trello?')).toMatch(/^suggests answers \("such as"\)/);
  });
});

describe('languages', () => {
  it('reads the primary subtag of the plan language', () => {
    expect(questionProblem('Avez-vous trouvé la réponse ?', 'fr-CA')).toMatch(YES_NO);
  });

  it('does not judge languages it cannot read', () => {
    expect(questionProblem('Do que você mais gostou?', 'pt')).toBeUndefined();
  });
});

// No timing here (performance is measured in bench/): inputs that would make a backtracking pattern explode.
it('answers long adversarial questions', () => {
  for (const text of [`${'— a, b, '.repeat(60)}?`, `${'it '.repeat(160)}?`, `¿${'y '.repeat(240)}`, `Können Sie ${'a '.repeat(240)}`, `${'that one, '.repeat(50)}`, `${'x, '.repeat(160)}or y — a, b, c`]) {
    for (const language of ['en', 'fr', 'es', 'de']) expect(typeof (questionProblem(text.slice(0, 500), language) ?? '')).toBe('string');
  }
});
