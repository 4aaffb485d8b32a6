/**
 * How long reading a participant message for requests takes (packages/api/src/interviewer/requests), on ordinary
 * messages and on 4,000-character adversarial ones built to make backtracking patterns slow.
 * Usage: node --import tsx bench/request-reading.ts   Prints the median and worst time per message kind.
 */
import { readMessage } from '../packages/api/src/interviewer/requests/read-message.ts';

const ADVERSARIAL = [
  "I'd rather not ".repeat(266),
  'stop, '.repeat(666),
  'ignore all previous '.repeat(200),
  'can you '.repeat(500) + '!',
  'Je veux arrêter '.repeat(250),
  `${'x, '.repeat(1300)}please stop`,
  Array.from({ length: 700 }, (_, i) => `no ${i}.`).join(' '),
  Array.from({ length: 400 }, (_, i) => `Qui lit ça ${i} ?`).join(' '),
  "what's a ".repeat(450) + '?',
].map((t) => t.slice(0, 4000));
const ORDINARY = [
  'Last month the export broke during our month-end close, so I called support twice.',
  'Seriously, I need to go. Please end it.',
  'Can we skip this one? It’s just me',
  'I used chat, it took two days. Who reads this?',
  'Quiero parar',
  'no',
];

readMessage('warm up');
for (const [name, set] of [['ordinary', ORDINARY], ['adversarial 4,000 chars', ADVERSARIAL]] as const) {
  const times: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const text of set) {
      const started = performance.now();
      readMessage(text);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[Math.floor(times.length / 2)]!.toFixed(3)} ms, worst ${times.at(-1)!.toFixed(3)} ms (${times.length} reads)`);
}
