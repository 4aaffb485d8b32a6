import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['I used the chat and it took two days to hear back', 'en'],
    ["Honestly the export was the worst part, I couldn't find it", 'en'],
    ["J'ai utilisé le chat et ça a pris deux jours", 'fr'],
    ['Le support ne répondait pas, alors on a changé', 'fr'],
    ['Usé el chat y tardaron dos días en responder', 'es'],
    ['La verdad es que el precio era muy alto para nosotros', 'es'],
    ['Ich habe den Chat benutzt und es hat zwei Tage gedauert', 'de'],
    ['Der Export war für uns nicht so wichtig', 'de'],
    ['Je dois partir', 'fr'],
    ['Me tengo que ir', 'es'],
  ])('reads %j as %s', (text, language) => expect(detectLanguage(text)).toBe(language));

  it.each(['', 'ok', 'no', 'stop', '🤷', 'Zendesk', 'I used chat. Quiero parar'])('cannot tell for %j', (text) => expect(detectLanguage(text)).toBeUndefined());
});
