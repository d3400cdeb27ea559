/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone or clock enters. Pure helpers
 * for date-expressions.ts.
 */

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of `month` (1–12) of `year`. */
export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}
