// Made once: a formatter is costly to make, and every page formats several dates.
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Shows a YYYY, YYYY-MM or YYYY-MM-DD date the British way: "2026", "March 2026", "18 March 2026". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return (day ? dayMonthYear : monthYear).format(date);
}
