import type { Strings } from '../strings.ts';

/** Arabic strings, loaded only when a page asks for that language. */
const strings: Strings = {
  launcher: 'شارك رأيك',
  resume: 'تابع مقابلتك',
  start: 'ابدأ',
  close: 'إغلاق',
  dismiss: 'ليس الآن',
  send: 'إرسال',
  inputLabel: 'إجابتك',
  placeholder: 'اكتب إجابتك…',
  typing: 'المحاور يكتب…',
  reconnecting: 'جارٍ إعادة الاتصال… إجابتك محفوظة وسيتم إرسالها.',
  failed: 'حدث خطأ ما. يرجى المحاولة لاحقًا.',
  retry: 'أعد المحاولة',
  progress: 'تقدم المقابلة',
  thanks: 'شكرًا لك!',
  interviewer: 'المحاور',
  you: 'أنت',
  by: 'مقابلة من إعداد',
};
export default strings;
