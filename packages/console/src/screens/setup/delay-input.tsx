import { useRef, useState } from 'preact/hooks';

/** The units a delay can be typed in, with their length in minutes (the API stores minutes). */
export const DELAY_UNITS = [
  { unit: 'minutes', minutes: 1 },
  { unit: 'hours', minutes: 60 },
  { unit: 'days', minutes: 60 * 24 },
] as const;
/** One delay unit. */
export type DelayUnit = (typeof DELAY_UNITS)[number]['unit'];

/** The largest unit that shows `minutes` as a whole number (2880 → 2 days), so a stored delay reads as it was typed. */
export function unitFor(minutes: number): DelayUnit {
  for (const u of [...DELAY_UNITS].reverse()) if (minutes > 0 && minutes % u.minutes === 0) return u.unit;
  return 'minutes';
}

/** Minutes in one `unit`. */
export function minutesPer(unit: DelayUnit): number {
  return DELAY_UNITS.find((u) => u.unit === unit)!.minutes;
}

/** "2 days", "90 minutes", "1 hour": a delay in the largest whole unit. */
export function describeDelay(minutes: number): string {
  const unit = unitFor(minutes);
  const n = minutes / minutesPer(unit);
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

/** A wait typed as a number and a unit (minutes, hours or days); reports it in minutes. */
export function DelayInput({ id, minutes, onChange }: { id: string; minutes: number; onChange(minutes: number): void }) {
  // The unit is the researcher's choice while typing (0 days stays days), read from the stored value only at first.
  const [unit, setUnit] = useState<DelayUnit>(() => unitFor(minutes));
  // Typing right after a unit change must count in the new unit, before the next render.
  const current = useRef(unit);
  const per = minutesPer(unit);
  const amount = Math.round((minutes / per) * 100) / 100;
  return (
    <div class="field">
      <label for={id}>Wait</label>
      <div class="inline-inputs">
        <input id={id} type="number" min={0} step="any" value={amount} aria-describedby={`${id}-hint`}
          onInput={(e) => e.currentTarget.value !== '' && onChange(Math.max(0, Math.round(Number(e.currentTarget.value) * minutesPer(current.current))))} />
        <select id={`${id}-unit`} aria-label="Unit of the wait" value={unit} onChange={(e) => {
            const next = e.currentTarget.value as DelayUnit;
            current.current = next;
            setUnit(next);
            // The number on screen keeps its meaning in the new unit: "2" minutes becomes "2" days.
            onChange(Math.round(amount * minutesPer(next)));
          }}>
          {DELAY_UNITS.map((u) => (
            <option key={u.unit} value={u.unit}>
              {u.unit}
            </option>
          ))}
        </select>
      </div>
      <p class="hint" id={`${id}-hint`}>After a support ticket, 2–7 days lets people judge whether the fix held.</p>
    </div>
  );
}
