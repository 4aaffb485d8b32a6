import type { Phrasebook } from './phrasebook.ts';

/** The built-in interviewer's own words in Spanish (tú, as most product copy in Spanish does). */
export const es: Phrasebook = {
  language: 'es',
  languageNames: { en: 'inglés', fr: 'francés', es: 'español', de: 'alemán' },
  greeting: {
    withResearcher: 'Hola, gracias por participar en «{title}». Te haré algunas preguntas en nombre de {researcher}; no hay respuestas correctas ni incorrectas.',
    withoutResearcher: 'Hola, gracias por participar en «{title}». No hay respuestas correctas ni incorrectas: me interesa tu propia experiencia.',
  },
  acknowledgements: {
    neutral: ['Gracias, me sirve mucho.', 'Gracias, es útil saberlo.', 'Entendido, gracias.', 'Gracias por explicarlo.', 'De acuerdo, gracias.'],
    empathy: ['Suena realmente frustrante.', 'Siento que te pasara eso.', 'Parece que fue una experiencia difícil.', 'Entiendo que fue estresante.'],
    skip: ['Sin problema, pasemos a otra cosa.', 'De acuerdo, podemos saltarla.', 'Claro, vamos a la siguiente.'],
    plain: ['De acuerdo.', 'Vale.', 'Entendido.', 'Muy bien, tomo nota.'],
    story: ['Gracias por contármelo paso a paso.', 'Gracias por explicarme cómo fue.', 'Gracias, así me lo imagino mejor.'],
  },
  probes: {
    plain: {
      when: ['¿Cuándo fue eso, más o menos?', '¿Cuándo pasó eso?'],
      what_happened: ['¿Qué pasó después?', '¿Qué pasó a continuación?', '¿Y qué pasó entonces?'],
      what_did: ['¿Qué hiciste entonces?', '¿Qué hiciste en ese momento?', '¿Cómo lo resolviste?'],
      feel: ['¿Cómo te sentiste en ese momento?', '¿Cómo lo viviste en ese momento?'],
      end: ['¿Cómo terminó todo?', '¿En qué quedó la cosa?', '¿Cómo acabó al final?'],
      why_matters: ['¿Por qué es importante para ti?', '¿Qué hace que eso te importe?'],
      example: ['¿Podrías contarme la última vez que te pasó?', '¿Qué pasó la vez más reciente?', '¿Recuerdas una ocasión concreta? ¿Qué pasó?'],
    },
    aboutPhrase: {
      when: ['¿Cuándo surgió lo de {x}?', '¿Cuándo pasó lo de {x}?'],
      what_happened: ['¿Qué pasó con {x}?', '¿Qué pasó después con {x}?'],
      what_did: ['¿Qué hiciste con respecto a {x}?', '¿Cómo manejaste lo de {x}?'],
      feel: ['¿Cómo te sentiste con lo de {x}?', '¿Cómo viviste lo de {x}?'],
      end: ['¿En qué quedó lo de {x}?', '¿Cómo terminó lo de {x}?'],
      why_matters: ['¿Por qué te importa lo de {x}?', '¿Qué hace que {x} sea importante para ti?'],
      example: ['¿Podrías contarme la última vez que tuviste que ver con {x}?', '¿Qué pasó la última vez que surgió lo de {x}?'],
    },
    quoteFrames: ['Dijiste que {quote}: {rung}', 'Comentaste que {quote}: {rung}'],
  },
  clarify: {
    simpler: ['Perdona, te lo pregunto de forma más sencilla:', 'Lo diré de otra manera:', 'En pocas palabras:'],
    reframe: ['Perdona, podría haberlo dicho más claro. Solo me interesa tu propia experiencia:', 'Lo reformulo; no hay respuestas correctas ni incorrectas:'],
    echo: ['Perdona, no quedó claro. Lo que quería preguntar es: {question}', 'Te lo digo de otra forma: {question}'],
  },
  bridges: ['Mencionaste {x}: {question}', 'Sobre {x}, que mencionaste: {question}'],
  wrapUp: {
    completed: 'Esas eran todas mis preguntas. Muchas gracias por tu tiempo.',
    participant_stopped: 'Por supuesto, lo dejamos aquí. Gracias por tu tiempo y por todo lo que has compartido.',
    dismissed: 'Por supuesto, lo dejamos aquí. Gracias por tu tiempo.',
    turn_budget: 'Hemos llegado al final del tiempo, así que lo dejamos aquí. Muchas gracias por todo lo que has compartido.',
    time_budget: 'Hemos llegado al final del tiempo, así que lo dejamos aquí. Muchas gracias por todo lo que has compartido.',
  },
  questionBack: {
    ai: 'Sí, soy un entrevistador automático, y {team} lee todas las respuestas.',
    who_reads: '{team} lee tus respuestas para entender cómo mejorar el producto.',
    why: 'Ayuda a {team} a entender experiencias reales como la tuya para mejorar el producto.',
    how_long: 'Solo unos minutos más, y puedes parar cuando quieras.',
    privacy: 'Tus respuestas llegan a {team} para esta investigación, y puedes saltarte lo que prefieras no contar.',
    who_are_you: 'Soy un entrevistador automático que pregunta en nombre de {team}.',
    other: 'Buena pregunta: soy un entrevistador automático, y {team} lee lo que escribes aquí.',
  },
  offTopic: 'Aquí no puedo ayudarte con eso, pero {team} leerá todo lo que escribas.',
  timePressure: 'Por supuesto, solo una última pregunta y terminamos.',
  continueIn: 'Seguiré en {language}, pero puedes responder en el idioma que prefieras.',
  backToQuestion: ['Volviendo a mi pregunta:', 'Retomo mi pregunta:'],
  team: 'el equipo de investigación',
};
