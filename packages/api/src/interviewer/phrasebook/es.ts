import type { Phrasebook } from './phrasebook.ts';

/*
 * Register: tú throughout, as most product copy in Spanish does.
 * Frames: `{rung}` (quoteFrames) and `{question}` (bridges, clarify.echo, after clarify.simpler/reframe) follow a colon,
 * a comma or "así que" and take a lower-case first letter after their "¿" (`lowerCaseAfterFrame`): "Dijiste que
 * esperaste dos días, ¿qué pasó después?", as the RAE writes a question that ends a sentence.
 * `{quote}`, `{earlier}`, `{x}` sit mid-sentence (lower-case unless a name).
 * `{x}` carries its own article ("la página de pagos", "el soporte", "las facturas"). It never follows "de" or "a"
 * ("de el soporte" would need "del"), and no verb or adjective agrees with it: it follows "con", "en relación con" or
 * "sobre".
 * `{team}` never starts a sentence and never follows "a" or "de" (it may be "el equipo de investigación"): it is the
 * subject after its verb ("Tus respuestas las lee {team}") or follows "para"/"que".
 */

/** The built-in interviewer's own words in Spanish (tú, as most product copy in Spanish does). */
export const es: Phrasebook = {
  language: 'es',
  languageNames: { en: 'inglés', fr: 'francés', es: 'español', de: 'alemán' },
  greeting: {
    withResearcher: 'Hola, gracias por participar en «{title}». Te haré algunas preguntas en nombre de {researcher}; no hay respuestas correctas ni incorrectas.',
    withoutResearcher: 'Hola, gracias por participar en «{title}». Te haré algunas preguntas; no hay respuestas correctas ni incorrectas.',
  },
  acknowledgements: {
    neutral: ['Gracias.', 'Gracias por explicarlo.', 'Entendido, gracias.', 'De acuerdo, gracias.', 'Gracias por contármelo.'],
    empathy: ['Suena realmente frustrante.', 'Siento que te pasara eso.', 'Parece que fue una experiencia difícil.', 'Siento que hayas tenido que pasar por eso.', 'Suena a una situación difícil.'],
    skip: ['Sin problema, la dejamos.', 'De acuerdo, podemos saltarla.', 'Claro, la dejamos de lado.', 'Ningún problema.'],
    plain: ['De acuerdo.', 'Vale.', 'Entendido.', 'Ya veo.', 'Tomo nota.'],
    story: ['Gracias por contármelo paso a paso.', 'Gracias por explicarme cómo fue.', 'Gracias, así me lo imagino mejor.', 'Gracias por contarlo con detalle.'],
  },
  probes: {
    plain: {
      when: ['¿Cuándo fue eso, más o menos?', '¿Cuándo pasó eso?'],
      what_happened: ['¿Qué pasó después?', '¿Qué pasó a continuación?', '¿Y qué pasó entonces?'],
      what_did: ['¿Qué hiciste entonces?', '¿Qué hiciste en ese momento?', '¿Cómo lo manejaste?'],
      feel: ['¿Cómo te sentiste en ese momento?', '¿Cómo lo viviste en ese momento?'],
      end: ['¿Cómo terminó todo?', '¿En qué quedó la cosa?', '¿Cómo acabó al final?'],
      why_matters: ['¿Por qué es importante para ti?', '¿Qué hace que eso te importe?'],
      example: ['¿Podrías contarme la última vez que te pasó?', '¿Qué pasó la vez más reciente?', '¿Podrías contarme una ocasión concreta?'],
    },
    aboutPhrase: {
      when: ['¿Cuándo pasó eso con {x}, más o menos?', 'Y con {x}, ¿cuándo fue eso?'],
      what_happened: ['¿Qué pasó con {x}?', '¿Qué pasó después con {x}?'],
      what_did: ['Con {x}, ¿qué hiciste entonces?', '¿Qué hiciste en relación con {x}?'],
      feel: ['¿Cómo te sentiste con {x}?', '¿Cómo viviste lo que pasó con {x}?'],
      end: ['¿Cómo terminó todo con {x}?', '¿En qué quedó todo con {x}?'],
      why_matters: ['¿Qué es lo que te importa en relación con {x}?', '¿Por qué es importante para ti lo que pasa con {x}?'],
      example: ['¿Podrías contarme la última vez que te pasó algo con {x}?', '¿Qué pasó la última vez que te encontraste con {x}?'],
    },
    // {rung} lower-cased after its "¿".
    quoteFrames: ['Dijiste que {quote}, {rung}', 'Mencionaste que {quote}: {rung}'],
  },
  contradiction: [
    'Antes dijiste que {earlier}, y ahora que {quote}: ¿cómo encaja una cosa con la otra para ti?',
    'Por un lado, {earlier}; por otro, {quote}: ¿cómo ves tú las dos cosas juntas?',
  ],
  clarify: {
    // The question follows, lower-cased after its "¿".
    simpler: ['Perdona, te lo pregunto de forma más sencilla:', 'Dicho de otra manera:', 'En pocas palabras:'],
    // The whole question follows, lower-cased after its "¿": "…, así que ¿qué canal usaste?"
    reframe: [
      'Perdona, podría haberlo dicho más claro. Solo me interesa tu propia experiencia, así que',
      'Lo reformulo: no hay respuestas correctas ni incorrectas, así que',
      'Pensando solo en tu propia experiencia:',
    ],
    // {question} lower-cased after its "¿".
    aboutIntent: ['Te lo pregunto de otra forma. Me interesa esto: {intent}. ¿Qué me puedes contar?', 'Dicho de otro modo, me gustaría saber sobre esto: {intent}. ¿Qué me puedes contar?'],
    echo: ['Perdona, «{x}» no quedó claro. Mi pregunta es: {question}', 'Perdona, no me expliqué bien. Lo que quería preguntarte es: {question}'],
  },
  // {question} lower-cased after its "¿".
  bridges: ['Antes hablaste sobre {x}: {question}', 'Sobre {x}, que mencionaste antes: {question}', 'Y sobre {x}, {question}'],
  wrapUp: {
    completed: 'Esas eran todas mis preguntas. Muchas gracias por tu tiempo.',
    participant_stopped: 'Por supuesto, lo dejamos aquí. Gracias por tu tiempo.',
    dismissed: 'Lo dejamos aquí. Gracias por tu tiempo.',
    turn_budget: 'Hasta aquí llega el tiempo que teníamos. Muchas gracias por todo lo que has compartido.',
    time_budget: 'Hemos llegado al final del tiempo. Muchas gracias por todo lo que has compartido.',
  },
  questionBack: {
    ai: 'Sí, soy un entrevistador automático, no una persona. Tus respuestas las lee {team}.',
    who_reads: 'Tus respuestas las lee {team}, para entender cómo mejorar el producto.',
    why: 'Tu experiencia sirve para que {team} entienda cómo mejorar el producto.',
    how_long: 'Solo unos minutos más, y puedes parar cuando quieras.',
    privacy: 'Tus respuestas las recibe {team} para esta investigación, y puedes saltarte lo que prefieras no contar.',
    who_are_you: 'Soy un entrevistador automático; hago estas preguntas para {team}.',
    other: 'Soy un entrevistador automático y no puedo responder a eso, pero {team} leerá lo que escribas aquí.',
  },
  offTopic: 'Aquí no puedo ayudarte con eso, pero {team} leerá todo lo que escribas.',
  timePressure: 'Por supuesto, solo una última pregunta y terminamos.',
  continueIn: 'Seguiré en {language}, pero puedes responder en el idioma que prefieras.',
  backToQuestion: ['Volviendo a mi pregunta:', 'Retomo mi pregunta:'],
  team: 'el equipo de investigación',
  lowerCaseAfterFrame: true,
};
