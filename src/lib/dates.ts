/** Shows a YYYY, YYYY-MM or YYYY-MM-DD date the British way: "2026", "March 2026", "18 March 2026". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return date.toLocaleDateString('en-GB', options);
}
