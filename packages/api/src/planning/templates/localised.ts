import type { PlanTemplate } from '@parley/protocol';
import type { PlanBody } from './template-spec.ts';

/** The languages the offline planner also drafts in (English uses the full templates and topic families). */
type Drafted = 'fr' | 'es' | 'de';

interface Texts {
  description: (rq: string) => string;
  goals: [string, string, string];
  target: string;
  questions: [id: string, text: string, mandatory: boolean, intent: string][];
  flow: string[];
}

// Support studies (the post-ticket interview) and every other kind, per language: written by hand, not translated word for word.
const SUPPORT: Record<Drafted, Texts> = {
  fr: {
    description: (rq) => `Étude de l’expérience du support pour : « ${rq} » Nous voulons comprendre ce qui rend une expérience de support bonne ou mauvaise, pour prioriser les améliorations.`,
    goals: ['Comprendre pourquoi les participants ont contacté le support', 'Mesurer l’effort qu’il leur a fallu pour résoudre le problème', 'Savoir comment le problème s’est terminé et ce qui aurait aidé'],
    target: 'Des clients dont la demande a été résolue il y a deux à sept jours.',
    questions: [
      ['issue', 'Racontez-moi la dernière fois que vous avez contacté notre support. Que se passait-il ?', true, 'le problème qui les a amenés à contacter le support'],
      ['effort', 'Combien d’efforts vous a-t-il fallu pour que le problème soit résolu ?', true, 'l’effort et le temps nécessaires'],
      ['better', 'Qu’est-ce qui aurait rendu l’aide reçue meilleure pour vous ?', true, 'ce qui aurait amélioré l’aide reçue'],
      ['channel', 'Par quel moyen nous avez-vous contactés, et pourquoi ce moyen-là ?', false, 'le canal utilisé (chat, e-mail, téléphone)'],
      ['outcome', 'Où en était le problème à la fin de votre échange avec le support ?', false, 'si le problème était réglé à la fin de l’échange'],
      ['afterwards', 'Qu’avez-vous fait après votre échange avec le support ?', false, 'ce qu’ils ont fait ensuite'],
      ['else', 'Qu’aimeriez-vous ajouter sur l’aide que vous avez reçue ?', false, 'autre chose'],
    ],
    flow: ['Ce qui s’est passé', 'La résolution', 'Avec le recul'],
  },
  es: {
    description: (rq) => `Estudio de la experiencia de soporte para: «${rq}» Queremos entender qué hace buena o mala una experiencia de soporte para priorizar mejoras.`,
    goals: ['Entender por qué los participantes contactaron con soporte', 'Medir el esfuerzo que les costó resolver el problema', 'Saber cómo terminó el problema y qué habría ayudado'],
    target: 'Clientes cuya incidencia se resolvió hace entre dos y siete días.',
    questions: [
      ['issue', 'Cuéntame sobre la última vez que contactaste con nuestro soporte. ¿Qué estaba pasando?', true, 'el problema por el que contactaron con soporte'],
      ['effort', '¿Cuánto esfuerzo te costó que se resolviera el problema?', true, 'el esfuerzo y el tiempo que les costó'],
      ['better', '¿Qué habría mejorado la ayuda que recibiste?', true, 'qué habría mejorado la ayuda'],
      ['channel', '¿Por qué medio te pusiste en contacto con nosotros, y por qué elegiste ese medio?', false, 'el canal usado (chat, correo, teléfono)'],
      ['outcome', '¿En qué estado quedó el problema cuando terminó la conversación con soporte?', false, 'si el problema quedó resuelto'],
      ['afterwards', '¿Qué hiciste después de hablar con soporte?', false, 'qué hicieron después'],
      ['else', '¿Qué más te gustaría contarnos sobre la ayuda que recibiste?', false, 'algo más'],
    ],
    flow: ['Qué pasó', 'La resolución', 'En retrospectiva'],
  },
  de: {
    description: (rq) => `Studie zur Support-Erfahrung für: „${rq}“ Wir wollen verstehen, was eine Support-Erfahrung gut oder schlecht macht, um Verbesserungen zu priorisieren.`,
    goals: ['Verstehen, weshalb die Teilnehmenden den Support kontaktiert haben', 'Den Aufwand erfassen, den die Lösung des Problems gekostet hat', 'Erfahren, wie das Problem ausging und was geholfen hätte'],
    target: 'Kundinnen und Kunden, deren Anfrage vor zwei bis sieben Tagen gelöst wurde.',
    questions: [
      ['issue', 'Erzählen Sie mir vom letzten Mal, als Sie unseren Support kontaktiert haben. Worum ging es?', true, 'das Problem, wegen dem sie den Support kontaktiert haben'],
      ['effort', 'Wie viel Aufwand hat es Sie gekostet, das Problem gelöst zu bekommen?', true, 'Aufwand und Zeit bis zur Lösung'],
      ['better', 'Was hätte die Hilfe, die Sie bekommen haben, für Sie besser gemacht?', true, 'was die Hilfe verbessert hätte'],
      ['channel', 'Auf welchem Weg haben Sie uns kontaktiert, und warum auf diesem Weg?', false, 'der genutzte Kanal (Chat, E-Mail, Telefon)'],
      ['outcome', 'Wie stand es um das Problem, als das Gespräch mit dem Support endete?', false, 'ob das Problem am Ende gelöst war'],
      ['afterwards', 'Was haben Sie nach dem Gespräch mit dem Support gemacht?', false, 'was sie danach getan haben'],
      ['else', 'Was möchten Sie uns sonst noch über die Hilfe erzählen, die Sie bekommen haben?', false, 'sonst noch etwas'],
    ],
    flow: ['Was passiert ist', 'Die Lösung', 'Im Rückblick'],
  },
};

const GENERAL: Record<Drafted, Texts> = {
  fr: {
    description: (rq) => `Étude exploratoire pour : « ${rq} » Nous voulons comprendre ce que les participants essaient de faire avec notre produit, ce qui les en empêche et ce qu’ils font alors.`,
    goals: ['Comprendre ce que les participants essaient de faire avec notre produit', 'Trouver ce qui les en empêche', 'Savoir ce qu’ils font à la place, et ce qui aurait mieux marché'],
    target: 'Des clients qui ont utilisé le produit récemment, dont certains pour qui cela ne s’est pas passé comme prévu.',
    questions: [
      ['last_time', 'La dernière fois que vous avez utilisé notre produit, qu’essayiez-vous de faire ?', true, 'ce qu’ils essayaient de faire'],
      ['obstacles', 'Racontez-moi une fois récente où quelque chose vous a freiné avec notre produit. Que s’est-il passé ?', true, 'ce qui les a freinés'],
      ['better', 'Avec le recul, qu’est-ce qui aurait rendu notre produit plus utile pour vous ?', true, 'ce qui aurait mieux marché'],
      ['steps', 'Décrivez-moi, étape par étape, la dernière tâche que vous avez terminée avec notre produit.', false, 'les étapes de leur travail'],
      ['alternatives', 'Quels autres outils ou astuces utilisez-vous pour faire ce travail ?', false, 'autres outils ou solutions de contournement'],
      ['else', 'Qu’aimeriez-vous ajouter que nous n’avons pas abordé ?', false, 'autre chose'],
    ],
    flow: ['La dernière fois', 'Les obstacles', 'Avec le recul'],
  },
  es: {
    description: (rq) => `Estudio exploratorio para: «${rq}» Queremos entender qué intentan hacer los participantes con nuestro producto, qué se lo impide y qué hacen entonces.`,
    goals: ['Entender qué intentan hacer los participantes con nuestro producto', 'Descubrir qué se lo impide', 'Saber qué hacen en su lugar y qué habría funcionado mejor'],
    target: 'Clientes que usaron el producto recientemente, incluidos algunos a los que no les salió como esperaban.',
    questions: [
      ['last_time', 'La última vez que usaste nuestro producto, ¿qué intentabas conseguir?', true, 'qué intentaban conseguir'],
      ['obstacles', 'Cuéntame una vez reciente en la que algo te frenó con nuestro producto. ¿Qué pasó?', true, 'qué les frenó'],
      ['better', 'Mirando atrás, ¿qué habría hecho nuestro producto más útil para ti?', true, 'qué habría funcionado mejor'],
      ['steps', 'Descríbeme, paso a paso, la última tarea que terminaste con nuestro producto.', false, 'los pasos de su trabajo'],
      ['alternatives', '¿Qué otras herramientas o trucos usas para hacer ese trabajo?', false, 'otras herramientas o soluciones'],
      ['else', '¿Qué más te gustaría contarnos que no hayamos tratado?', false, 'algo más'],
    ],
    flow: ['La última vez', 'Los obstáculos', 'En retrospectiva'],
  },
  de: {
    description: (rq) => `Explorative Studie für: „${rq}“ Wir wollen verstehen, was die Teilnehmenden mit unserem Produkt erreichen wollen, was sie dabei aufhält und was sie dann tun.`,
    goals: ['Verstehen, was die Teilnehmenden mit unserem Produkt erreichen wollen', 'Herausfinden, was sie dabei aufhält', 'Erfahren, was sie stattdessen tun und was besser funktioniert hätte'],
    target: 'Kundinnen und Kunden, die das Produkt kürzlich genutzt haben, auch solche, bei denen es nicht wie geplant lief.',
    questions: [
      ['last_time', 'Was wollten Sie erledigen, als Sie unser Produkt zuletzt genutzt haben?', true, 'was sie erledigen wollten'],
      ['obstacles', 'Erzählen Sie mir von einem Mal, als Sie mit unserem Produkt nicht weiterkamen. Was ist passiert?', true, 'was sie aufgehalten hat'],
      ['better', 'Was hätte unser Produkt im Rückblick nützlicher für Sie gemacht?', true, 'was besser funktioniert hätte'],
      ['steps', 'Beschreiben Sie mir Schritt für Schritt die letzte Aufgabe, die Sie mit unserem Produkt erledigt haben.', false, 'die Schritte ihrer Arbeit'],
      ['alternatives', 'Welche anderen Werkzeuge oder Kniffe nutzen Sie für diese Arbeit?', false, 'andere Werkzeuge oder Umwege'],
      ['else', 'Was möchten Sie uns sonst noch erzählen, das wir nicht angesprochen haben?', false, 'sonst noch etwas'],
    ],
    flow: ['Das letzte Mal', 'Hindernisse', 'Im Rückblick'],
  },
};

/** A plan body written in French, Spanish or German (support studies get the support plan), or undefined for other languages. */
export function localisedPlan(language: string, template: PlanTemplate, researchQuestion: string): PlanBody | undefined {
  const lang = language.toLowerCase().split('-')[0] as Drafted;
  const texts = (template === 'support' ? SUPPORT : GENERAL)[lang];
  if (!texts) return undefined;
  return {
    researchType: template === 'support' ? 'evaluative' : 'exploratory',
    description: texts.description(researchQuestion),
    goals: texts.goals,
    targetParticipants: texts.target,
    questions: texts.questions.map(([id, text, mandatory, intent], i) => ({ id, text, mandatory, intent, goal: texts.goals[Math.min(i, 2)]!, maxFollowUps: mandatory ? 2 : 1 })),
    flow: texts.flow,
  };
}
