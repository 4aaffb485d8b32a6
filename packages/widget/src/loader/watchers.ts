// In-browser moments some study waits for (eligibility's `watch`): leaving the page, or time spent on it.
import type { Watch } from '@parley/protocol';
import { log } from './debug.ts';

/**
 * Watches for each moment and reports it through `report` (as the event eligibility matches it by); returns one
 * function per moment that stops watching, called when a single-page app moves to another page.
 */
export function armWatchers(watch: Watch[], report: (body: Record<string, unknown>) => unknown): (() => unknown)[] {
  return watch.map((w) => {
    log('watch', w);
    let stop: () => void;
    if (w.on == 'exit_intent') {
      // Leaving: the pointer goes out through the top of the window (heard on `window`, where mouseout bubbles to).
      const leave = (e: MouseEvent) => {
        if (e.relatedTarget || e.clientY > 0) return;
        stop();
        report({ event: '$exit_intent' });
      };
      addEventListener('mouseout', leave);
      stop = () => removeEventListener('mouseout', leave);
    } else {
      const timer = setTimeout(() => report({ event: '$time_on_page', properties: { seconds: w.seconds } }), w.seconds * 1000);
      stop = () => clearTimeout(timer);
    }
    return () => (log('cancel', w), stop());
  });
}
