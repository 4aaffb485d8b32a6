import type { Strings } from '../strings.ts';

/** French strings, loaded only when a page asks for that language. */
const strings: Strings = {
  launcher: 'Donner mon avis',
  resume: 'Reprendre l’entretien',
  start: 'Commencer',
  close: 'Fermer',
  dismiss: 'Plus tard',
  send: 'Envoyer',
  inputLabel: 'Votre réponse',
  placeholder: 'Écrivez votre réponse…',
  typing: 'L’intervieweur écrit…',
  reconnecting: 'Reconnexion… votre réponse est enregistrée et sera envoyée.',
  failed: 'Un problème est survenu. Réessayez plus tard.',
  retry: 'Réessayer',
  progress: 'Progression de l’entretien',
  thanks: 'Merci !',
  interviewer: 'Intervieweur',
  you: 'Vous',
  by: 'Entretien mené par',
};
export default strings;
