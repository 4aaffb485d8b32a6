import type { Phrasebook } from './phrasebook.ts';

/*
 * Register: Sie throughout.
 * Frames end their sentence (". " or ": ") before `{rung}` (quoteFrames), `{question}` (bridges, clarify.echo) and the
 * question after clarify.simpler/reframe, so what follows starts a sentence of its own and keeps its capital (German
 * nouns are capitalised; a full sentence after a colon starts with a capital): `lowerCaseAfterFrame` is false.
 * `{quote}` and `{earlier}` follow a colon as sentences of their own and keep their first capital ("Sie sagten: Die
 * Testphase ist abgelaufen. Was ist danach passiert?").
 * `{x}` is a noun phrase with its article in the nominative ("die Rechnungsseite", "der Support"). Every German
 * preposition governs a case, so `{x}` never follows one: it stands alone before a dash ("Und der Support – wie ging
 * es Ihnen damit?") or as their own words quoted as a keyword ("Ein Stichwort von Ihnen war „der Support“.": a
 * quoted citation keeps its own case and counts as one term), and no verb agrees with it.
 * `{team}` may be "das Forschungsteam": it never starts a sentence and stands only where nominative or accusative go
 * ("liest {team}", "für {team}", "an {team}"), never after "von", "mit", "zu" or another dative.
 */

/** The built-in interviewer's own words in German (Sie). */
export const de: Phrasebook = {
  language: 'de',
  languageNames: { en: 'Englisch', fr: 'Französisch', es: 'Spanisch', de: 'Deutsch' },
  greeting: {
    withResearcher: 'Hallo, danke, dass Sie an „{title}“ teilnehmen. Ich stelle Ihnen im Auftrag von {researcher} einige Fragen – es gibt keine richtigen oder falschen Antworten.',
    withoutResearcher: 'Hallo, danke, dass Sie an „{title}“ teilnehmen. Ich stelle Ihnen einige Fragen – es gibt keine richtigen oder falschen Antworten.',
  },
  acknowledgements: {
    neutral: ['Danke.', 'Danke für die Erklärung.', 'Verstanden, danke.', 'Alles klar, danke.', 'Danke, dass Sie das erzählen.'],
    empathy: ['Das klingt wirklich frustrierend.', 'Es tut mir leid, dass Ihnen das passiert ist.', 'Das klingt nach einer schwierigen Erfahrung.', 'Das klingt anstrengend.', 'Es tut mir leid, dass Sie damit zu kämpfen hatten.'],
    skip: ['Kein Problem – die lassen wir aus.', 'In Ordnung, die können wir überspringen.', 'Natürlich, die lassen wir weg.', 'Gar kein Problem.'],
    plain: ['In Ordnung.', 'Okay.', 'Verstanden.', 'Alles klar.', 'Notiert.'],
    story: ['Danke, dass Sie mir erzählt haben, wie es abgelaufen ist.', 'Danke für die ausführliche Schilderung.', 'Danke, so kann ich es mir vorstellen.', 'Danke, dass Sie mich Schritt für Schritt mitgenommen haben.'],
  },
  probes: {
    plain: {
      when: ['Wann war das ungefähr?', 'Wann ist das passiert?'],
      what_happened: ['Was ist danach passiert?', 'Was ist als Nächstes passiert?', 'Und was ist dann passiert?'],
      what_did: ['Was haben Sie dann getan?', 'Was haben Sie in dem Moment gemacht?', 'Wie sind Sie damit umgegangen?'],
      feel: ['Wie ging es Ihnen in dem Moment?', 'Wie haben Sie das damals erlebt?'],
      end: ['Wie ist es ausgegangen?', 'Wo steht die Sache jetzt?', 'Wie ist die Sache am Ende ausgegangen?'],
      why_matters: ['Warum ist Ihnen das wichtig?', 'Was macht das für Sie wichtig?'],
      example: ['Könnten Sie mir erzählen, wie es beim letzten Mal war?', 'Was ist beim letzten Mal passiert?', 'Könnten Sie mir von einem bestimmten Mal erzählen?'],
    },
    aboutPhrase: {
      when: ['Und {x} – wann war das ungefähr?', 'Ein Stichwort von Ihnen war „{x}“. Wann war das ungefähr?'],
      what_happened: ['Und {x} – was ist da als Nächstes passiert?', 'Sie nannten das Stichwort „{x}“. Was ist dann passiert?'],
      what_did: ['Und {x} – was haben Sie da unternommen?', 'Ein Stichwort von Ihnen war „{x}“. Was haben Sie daraufhin getan?'],
      feel: ['Und {x} – wie ging es Ihnen damit?', 'Sie nannten das Stichwort „{x}“. Wie ging es Ihnen dabei?'],
      end: ['Und {x} – wie ist das am Ende ausgegangen?', 'Ein Stichwort von Ihnen war „{x}“. Wie ist die Sache ausgegangen?'],
      why_matters: ['Und {x} – warum ist Ihnen das wichtig?', 'Sie nannten das Stichwort „{x}“. Was macht das für Sie wichtig?'],
      example: ['Und {x} – wie war das beim letzten Mal?', 'Ein Stichwort von Ihnen war „{x}“. Könnten Sie mir vom letzten Mal erzählen, als das vorkam?'],
    },
    // {rung} as it is: it starts a sentence.
    quoteFrames: ['Sie sagten: {quote}. {rung}', 'Sie haben erwähnt: {quote}. {rung}'],
  },
  contradiction: [
    'Vorhin sagten Sie: {earlier}. Jetzt sagen Sie: {quote}. Wie passt das für Sie zusammen?',
    'Einerseits sagten Sie: {earlier}. Andererseits: {quote}. Wie hängt das für Sie zusammen?',
  ],
  clarify: {
    // The question follows as it is.
    simpler: ['Einfacher gefragt:', 'Anders gesagt:', 'Entschuldigung, ich frage es einfacher:'],
    // The whole question follows as it is.
    reframe: [
      'Entschuldigung, das hätte ich klarer fragen können. Mich interessiert nur Ihre eigene Erfahrung:',
      'Ich formuliere es anders – es gibt keine richtigen oder falschen Antworten:',
      'Bezogen nur auf Ihre eigene Erfahrung:',
    ],
    // {question} as it is.
    aboutIntent: ['Anders gefragt – mich interessiert Folgendes: {intent}. Was können Sie mir dazu erzählen?', 'Ich formuliere es um. Es geht mir um Folgendes: {intent}. Was können Sie mir dazu erzählen?'],
    echo: ['Entschuldigung, „{x}“ war unklar. Meine Frage ist: {question}', 'Entschuldigung, das war unklar formuliert. Gemeint ist: {question}'],
  },
  // {question} as it is.
  bridges: ['Ein Stichwort von Ihnen war „{x}“. {question}', 'Sie nannten vorhin das Stichwort „{x}“. {question}', 'Und {x} – dazu meine Frage: {question}'],
  wrapUp: {
    completed: 'Das waren alle meine Fragen. Vielen Dank für Ihre Zeit.',
    participant_stopped: 'Natürlich – wir hören hier auf. Danke für Ihre Zeit.',
    dismissed: 'Wir hören hier auf. Danke für Ihre Zeit.',
    turn_budget: 'Mehr Zeit haben wir leider nicht. Vielen Dank für alles, was Sie erzählt haben.',
    time_budget: 'Unsere Zeit ist um. Vielen Dank für alles, was Sie erzählt haben.',
  },
  questionBack: {
    ai: 'Ja, ich bin ein automatisierter Interviewer, keine Person. Ihre Antworten liest {team}.',
    who_reads: 'Ihre Antworten liest {team}, um zu verstehen, wie sich das Produkt verbessern lässt.',
    why: 'Mit Ihrer Erfahrung kann {team} besser verstehen, wie sich das Produkt verbessern lässt.',
    how_long: 'Nur noch ein paar Minuten, und Sie können jederzeit aufhören.',
    privacy: 'Ihre Antworten gehen für diese Studie an {team}, und Sie können alles überspringen, was Sie lieber nicht teilen möchten.',
    who_are_you: 'Ich bin ein automatisierter Interviewer und stelle diese Fragen für {team}.',
    other: 'Ich bin ein automatisierter Interviewer und kann das selbst nicht beantworten, aber {team} liest, was Sie hier schreiben.',
  },
  offTopic: 'Dabei kann ich Ihnen hier leider nicht helfen, aber {team} liest alles, was Sie schreiben.',
  timePressure: 'Natürlich – nur noch eine letzte Frage, dann sind wir fertig.',
  continueIn: 'Ich mache auf {language} weiter, aber Sie können gern in der Sprache antworten, die Ihnen lieber ist.',
  backToQuestion: ['Zurück zu meiner Frage:', 'Um auf meine Frage zurückzukommen:'],
  team: 'das Forschungsteam',
  lowerCaseAfterFrame: false,
};
