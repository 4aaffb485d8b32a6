import type { Phrasebook } from './phrasebook.ts';

/**
 * The built-in interviewer's own words in German (Sie). Frames end with a colon or full stop before `{rung}` and
 * `{question}`, so what follows starts its own sentence and keeps its capital (German nouns are capitalised).
 */
export const de: Phrasebook = {
  language: 'de',
  languageNames: { en: 'Englisch', fr: 'Französisch', es: 'Spanisch', de: 'Deutsch' },
  greeting: {
    withResearcher: 'Hallo, danke, dass Sie an „{title}“ teilnehmen. Ich stelle Ihnen im Namen von {researcher} einige Fragen – es gibt keine richtigen oder falschen Antworten.',
    withoutResearcher: 'Hallo, danke, dass Sie an „{title}“ teilnehmen. Es gibt keine richtigen oder falschen Antworten; mich interessiert Ihre eigene Erfahrung.',
  },
  acknowledgements: {
    neutral: ['Danke, das hilft mir weiter.', 'Danke, gut zu wissen.', 'Verstanden, danke.', 'Danke für die Erklärung.', 'Alles klar, danke.'],
    empathy: ['Das klingt wirklich frustrierend.', 'Es tut mir leid, dass Ihnen das passiert ist.', 'Das klingt nach einer schwierigen Erfahrung.', 'Ich kann verstehen, dass das stressig war.'],
    skip: ['Kein Problem – machen wir weiter.', 'In Ordnung, die können wir überspringen.', 'Natürlich, gehen wir zur nächsten.'],
    plain: ['In Ordnung.', 'Gut.', 'Verstanden.', 'Alles klar, notiert.'],
    story: ['Danke, dass Sie mich da durchgeführt haben.', 'Danke, dass Sie mir das so genau erzählt haben.', 'Danke, so kann ich es mir gut vorstellen.'],
  },
  probes: {
    plain: {
      when: ['Wann war das ungefähr?', 'Wann ist das passiert?'],
      what_happened: ['Was ist danach passiert?', 'Was ist als Nächstes passiert?', 'Und was ist dann passiert?'],
      what_did: ['Was haben Sie dann getan?', 'Was haben Sie in dem Moment gemacht?', 'Wie sind Sie damit umgegangen?'],
      feel: ['Wie ging es Ihnen in dem Moment?', 'Wie haben Sie das damals erlebt?'],
      end: ['Wie ist es ausgegangen?', 'Wo steht die Sache jetzt?', 'Wie hat es am Ende geendet?'],
      why_matters: ['Warum ist Ihnen das wichtig?', 'Was macht das für Sie wichtig?'],
      example: ['Könnten Sie mir erzählen, wie es beim letzten Mal war?', 'Was ist beim letzten Mal passiert?', 'Fällt Ihnen ein bestimmtes Mal ein? Was ist da passiert?'],
    },
    aboutPhrase: {
      when: ['Wann kam das Thema {x} auf?', 'Wann ging es um {x}?'],
      what_happened: ['Was ist mit {x} passiert?', 'Wie ging es mit {x} weiter?'],
      what_did: ['Was haben Sie wegen {x} unternommen?', 'Wie sind Sie mit {x} umgegangen?'],
      feel: ['Wie ging es Ihnen mit {x}?', 'Wie haben Sie das mit {x} erlebt?'],
      end: ['Wie ist es mit {x} ausgegangen?', 'Wo steht die Sache mit {x} jetzt?'],
      why_matters: ['Warum ist Ihnen {x} wichtig?', 'Was macht {x} für Sie wichtig?'],
      example: ['Könnten Sie mir vom letzten Mal erzählen, als es um {x} ging?', 'Was ist beim letzten Mal mit {x} passiert?'],
    },
    quoteFrames: ['Sie sagten: „{quote}“. {rung}', 'Sie erwähnten: „{quote}“. {rung}'],
  },
  clarify: {
    simpler: ['Entschuldigung, ich frage es einfacher:', 'Anders gesagt:', 'Kurz gesagt:'],
    reframe: ['Entschuldigung, das hätte ich klarer fragen können. Mich interessiert nur Ihre eigene Erfahrung:', 'Ich formuliere es um – es gibt keine richtigen oder falschen Antworten:'],
    echo: ['Entschuldigung, das war unklar. Ich wollte fragen: {question}', 'Anders gefragt: {question}'],
  },
  bridges: ['Sie haben {x} erwähnt. {question}', 'Zu {x}, das Sie erwähnt haben: {question}'],
  wrapUp: {
    completed: 'Das waren alle meine Fragen. Vielen Dank für Ihre Zeit.',
    participant_stopped: 'Natürlich – wir hören hier auf. Danke für Ihre Zeit und für alles, was Sie erzählt haben.',
    dismissed: 'Natürlich – wir hören hier auf. Danke für Ihre Zeit.',
    turn_budget: 'Unsere Zeit ist um, deshalb höre ich hier auf. Vielen Dank für alles, was Sie erzählt haben.',
    time_budget: 'Unsere Zeit ist um, deshalb höre ich hier auf. Vielen Dank für alles, was Sie erzählt haben.',
  },
  questionBack: {
    ai: 'Ja – ich bin ein automatisierter Interviewer, und {team} liest jede Antwort.',
    who_reads: '{team} liest Ihre Antworten, um zu verstehen, wie sich das Produkt verbessern lässt.',
    why: 'Es hilft {team}, echte Erfahrungen wie Ihre zu verstehen und das Produkt zu verbessern.',
    how_long: 'Nur noch ein paar Minuten, und Sie können jederzeit aufhören.',
    privacy: 'Ihre Antworten gehen für diese Studie an {team}, und Sie können alles überspringen, was Sie lieber nicht teilen möchten.',
    who_are_you: 'Ich bin ein automatisierter Interviewer und stelle Fragen im Auftrag von {team}.',
    other: 'Gute Frage – ich bin ein automatisierter Interviewer, und {team} liest, was Sie hier schreiben.',
  },
  offTopic: 'Dabei kann ich Ihnen hier leider nicht helfen, aber {team} liest alles, was Sie schreiben.',
  timePressure: 'Natürlich – nur noch eine letzte Frage, dann sind wir fertig.',
  continueIn: 'Ich mache auf {language} weiter, aber Sie können gern in der Sprache antworten, die Ihnen lieber ist.',
  backToQuestion: ['Zurück zu meiner Frage:', 'Um auf meine Frage zurückzukommen:'],
  team: 'das Forschungsteam',
};
