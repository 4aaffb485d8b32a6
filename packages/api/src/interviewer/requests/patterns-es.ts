import type { RequestPatterns } from './patterns.ts';

const STOP = '(?:parar|terminar|acabar|dejarlo|dejarlo aquí|irme|salir|dejar esto|terminar esto|parar esto|abandonar|finalizar|detener esto|detenerme|no seguir|no continuar)';
const GO = '(?:me tengo que ir|tengo que irme|me debo ir|debo irme|me voy a tener que ir|tengo que salir|me tengo que marchar)';
const SOON = '(?:pronto|ya mismo|en (?:un|unos|cinco|diez|dos|\\d+) (?:minuto|minutos|momento|rato|ratito)|en breve|enseguida|dentro de poco)';
const BOT = '(?:una? )?(?:ia|i a|inteligencia artificial|robot|bot|chatbot|chat gpt|máquina|programa|ordenador|computadora|humano|ser humano|persona real|persona de verdad|automático|automatizado)';
// A statement ("esto es …") only asks about a machine: "es automático" describes the product.
const MACHINE = '(?:una? )?(?:ia|i a|inteligencia artificial|robot|bot|chatbot|chat gpt|máquina)';
const THIS = '(?:esto|eso|mis respuestas|las respuestas|lo que escribo|lo que digo|todo esto)';
const DATA = '(?:mis (?:datos|respuestas)|esto|eso|los datos|las respuestas|esta información)';

/** Spanish. */
export const ES: RequestPatterns = {
  language: 'es',
  lead: [
    'bueno', 'oye', 'oiga', 'mira', 'mire', 'vale', 'ok', 'perdón', 'perdona', 'perdone', 'lo siento', 'disculpa', 'disculpe', 'en serio', 'sinceramente',
    'la verdad', 'sí', 'no', 'pero', 'y', 'pues', 'eh+', 'em+', 'por favor', 'a ver', 'ya', 'hola', 'creo que', 'la verdad es que', 'es que', 'sabes',
  ],
  tail: [
    'aquí', 'ya', 'ahora', 'ahora mismo', 'por favor', 'porfa', 'porfavor', 'gracias', 'perdón', 'lo siento', 'con esto', 'por hoy', 'hoy', 'la entrevista',
    'esta entrevista', 'la encuesta', 'esta encuesta', 'esto', 'eso', 'esta pregunta', 'la pregunta', 'esa pregunta', 'de una vez', 'ok', 'vale', 'por ahora',
    'de verdad', 'en serio', 'ya mismo', 'con las preguntas', 'con la entrevista', 'si no te importa', 'si no le importa', 'si se puede', 'mejor', 'una vez',
  ],
  splitLeads: [
    'quiero', 'quisiera', 'me gustaría', 'me tengo que', 'tengo que', 'prefiero', 'no quiero', 'no entiendo', 'tengo prisa', 'tengo poco', 'podemos', 'puedes',
    'puede', 'pasemos', 'paremos', 'basta', 'ya basta', 'quién', 'por qué', 'eres', 'cuánto', 'cuántas', 'no más preguntas', 'siguiente pregunta', 'ignora',
    'olvida', 'cuéntame', 'qué quieres decir', 'qué quiere decir',
  ],
  stop: [
    'para', 'pare', 'basta', 'basta ya', 'ya basta', 'ya está bien', 'se acabó', 'fin', 'hasta aquí', 'paremos', 'terminemos', 'acabemos', 'dejémoslo',
    'dejémoslo aquí', 'no más preguntas', 'ya no más preguntas', 'ya no más', 'ya terminé', 'ya he terminado', 'he terminado', 'terminé', 'me voy', 'me marcho',
    `(?:quiero|quisiera|me gustaría|prefiero|voy a|necesito) ${STOP}`, GO, '(?:podemos|podríamos|puedo) (?:parar|terminar|acabar|dejarlo|dejar esto|salir)',
    '(?:puedes|puede|podrías|podría) (?:parar|terminar|acabar)(?: la entrevista| con las preguntas)?', 'no quiero (?:seguir|continuar|responder más|contestar más)',
    '(?:termina|termine|acaba|acabe|finaliza|finalice|para|pare) (?:la entrevista|esto|con las preguntas|de preguntar)', 'deja de (?:preguntarme|preguntar|hacerme preguntas)',
    'no puedo (?:seguir|continuar)', 'estoy harto', 'estoy harta', 'ya no quiero (?:seguir|continuar)',
  ],
  timePressure: [
    `${GO} ${SOON}`, `(?:me tengo que ir|tengo que irme|debo irme) (?:pronto|enseguida)`, '(?:tengo|dispongo de) (?:poco tiempo|muy poco tiempo|poquito tiempo)',
    'no tengo (?:mucho|demasiado|tanto) tiempo', 'tengo prisa', 'tengo mucha prisa', 'tengo un poco de prisa', 'voy con prisa', 'voy apurado', 'voy apurada',
    'estoy (?:apurado|apurada|con prisa|de prisa|corto de tiempo|corta de tiempo|entre reuniones)', '(?:solo|sólo) tengo (?:unos|un par de|dos|tres|cinco|diez|\\d+) minutos',
    '(?:podemos|podríamos) (?:ir rápido|hacerlo rápido|ser breves|hacerlo corto)', 'rápido por favor', 'que sea rápido', 'tengo una reunión en (?:unos|cinco|diez|\\d+) minutos',
  ],
  skip: [
    'siguiente', 'siguiente pregunta', 'la siguiente', 'otra pregunta', 'paso', 'pasemos', 'pasemos a (?:la siguiente|otra cosa|otra pregunta|la próxima)', 'próxima pregunta',
    '(?:podemos|podríamos) (?:pasar|saltar)(?: a la siguiente| a otra| esta| esta pregunta| a otra cosa)?', '(?:prefiero|preferiría) no (?:contestar|responder|decirlo|decir|hablar de eso|comentar)',
    'no quiero (?:contestar|responder|hablar de eso|decirlo)(?: a eso| esa pregunta)?', 'sin comentarios', 'saltemos(?: esta| esta pregunta)?', 'me la salto', 'me salto esta',
    'no puedo (?:contestar|responder)(?: a eso| esa pregunta)?', 'no aplica', 'no me aplica', 'prefiero pasar', 'paso de (?:esta|esa)(?: pregunta)?',
  ],
  clarify: [
    'no entiendo(?: la pregunta| tu pregunta| su pregunta| lo que quieres decir| lo que quiere decir| qué quieres decir)?', 'no entendí(?: la pregunta)?', 'no comprendo(?: la pregunta)?',
    '(?:qué|que) (?:quieres|quiere|quiso|quisiste) decir(?: con eso)?', 'cómo', 'qué', 'perdona qué', 'mande', 'eh', 'no te entiendo', 'no le entiendo', 'estoy confundido', 'estoy confundida',
    '(?:puedes|puede|podrías|podría) (?:reformular|repetir|explicar|aclarar)(?:lo| la pregunta| eso)?', 'a qué te refieres', 'a qué se refiere', 'no sé qué quieres decir',
    'qué significa (?:eso|esto)', 'no sé a qué te refieres',
  ],
  clarifyTerm: ['(?:qué|que) (?:es|son|significa) (?:un |una |el |la |los |las )?{x}', '(?:qué|que) quieres decir con (?:un |una |el |la )?{x}'],
  questionBack: {
    why: ['por qué (?:quieres|quiere|necesitas|necesita) saber(?:lo)?(?: eso)?', 'por qué (?:preguntas|pregunta|me preguntas|me pregunta)(?: eso| esto)?', 'para qué (?:es esto|sirve esto|quieres saberlo|lo quieres saber|es eso|quieres saber)', 'por qué'],
    who_reads: [`quién (?:lee|leerá|va a leer|ve|verá|va a ver|tiene acceso a|recibe) ${THIS}`, 'quién (?:lee|leerá|ve|verá)(?: esto| eso)?', 'quiénes leen esto'],
    ai: [`(?:eres|es usted|es esto|eres tú|es usted) ${BOT}`, `esto es ${MACHINE}`, `estoy hablando con ${BOT}`, `hay ${BOT} detrás`],
    who_are_you: ['quién eres', 'quién es usted', 'quién habla', 'con quién hablo', 'con quién estoy hablando', 'quién eres tú', 'quiénes son ustedes'],
    how_long: ['cuánto (?:tiempo )?(?:va a )?(?:dura|durar|tarda|tardar|lleva|llevar|falta|queda)(?: esto)?', 'cuántas preguntas (?:más|quedan|faltan|hay)(?: quedan| faltan| hay)?', '(?:falta|queda) mucho', 'cuánto falta', 'ya casi terminamos'],
    privacy: ['(?:es|esto es|será) (?:anónimo|anónima|confidencial|privado|privada)', `qué (?:vas|van|va) a hacer con ${DATA}`, `qué harán con ${DATA}`, `qué hacen con ${DATA}`, `(?:son|serán) ${DATA} (?:anónimos|anónimas|confidenciales|privados|compartidos)`, `dónde (?:van|va) ${DATA}`],
    other: ['y tú', 'y usted', 'qué opinas tú', 'qué opinas', 'cómo te llamas', 'cómo estás'],
  },
  offTopic: ['qué tiempo hace(?: hoy)?', 'qué hora es', 'cuéntame un chiste', 'cuénteme un chiste', 'dime un chiste'],
  offTopicOpen: [
    '(?:puedes|puede|podrías|podría|me puedes|me puede|me podrías) (?:ayudarme|restablecer|cambiar|cancelar|reembolsar|enviar|arreglar|desbloquear|borrar|escribir|traducir|decirme cómo|darme|resetear|devolverme|reiniciar)',
    '(?:cuéntame|cuénteme|dime) (?:un|una) (?:chiste|historia|poema)', '(?:escribe|escríbeme|escriba) (?:un|una)', 'ayúdame (?:a|con)',
  ],
  offTopicAsked: ['cómo (?:puedo|hago para|se hace para|exporto|cambio|cancelo|borro|reinicio|descargo)', 'dónde (?:puedo|encuentro|está)', 'se puede (?:exportar|cambiar|cancelar)'],
  injection: [
    '(?:ignora|ignore|olvida|olvide) (?:todas )?(?:tus |sus |las )?(?:instrucciones|reglas|indicaciones)(?: anteriores)?', '(?:ahora eres|a partir de ahora eres|desde ahora eres)', 'prompt del sistema',
    '(?:revela|muéstrame|dime) (?:tus|las) instrucciones', 'como (?:el )?(?:desarrollador|administrador) te ordeno', 'finge que eres', 'haz de cuenta que eres',
  ],
  echoWord: 'QUÉ',
  nonAnswer: [
    'no', 'nada', 'nada más', 'nada que agregar', 'nada que añadir', 'nada que decir', 'eso es todo', 'es todo', 'ya está', 'no sé', 'no lo sé', 'ni idea', 'la verdad no',
    'no realmente', 'no mucho', 'adiós', 'chao', 'chau', 'vale', 'bueno', 'gracias', 'no gracias', 'ninguno', 'ninguna', 'no recuerdo', 'no me acuerdo', 'sin comentarios',
    'pues no', 'pues nada', 'nop', 'no nada', 'nada en especial', 'nada especial', 'creo que no', 'pues eso',
  ],
  closes: [
    'no', 'nada', 'nada más', 'nada que agregar', 'nada que añadir', 'nada que decir', 'eso es todo', 'es todo', 'ya está', 'la verdad no', 'no realmente', 'no gracias',
    'ninguno', 'ninguna', 'pues no', 'nop', 'no nada', 'nada en especial', 'nada especial', 'creo que no',
  ],
  filler: ['en serio', 'perdón', 'perdona', 'lo siento', 'por favor', 'gracias', 'bueno', 'oye', 'mira', 'pues', 'eh', 'em', 'la verdad', 'sinceramente', 'hola', 'a ver', 'disculpa', 'disculpe'],
};
