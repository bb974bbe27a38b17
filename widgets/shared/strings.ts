/**
 * Message formatting shared by every widget. Each widget keeps its strings in one module
 * (its `strings.ts`) as templates with %{name} placeholders and one/other plural forms, so
 * a council or translator changes words there and nowhere else.
 */

/** A message whose wording depends on a count. */
export interface PluralMessage {
  one: string;
  other: string;
}

export type Message = string | PluralMessage;
export type MessageParams = Record<string, string | number>;

const pluralRules = new Intl.PluralRules('en-GB');

/**
 * Fills %{name} placeholders. A plural message picks its form from `params.count`.
 * Unknown placeholders are left visible so a missing parameter is seen, not hidden.
 */
export function formatMessage(message: Message, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(params.count ?? 0);
    template = pluralRules.select(count) === 'one' ? message.one : message.other;
  }
  return template.replace(/%\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A size in megabytes (of 1,024 × 1,024 bytes) as the widgets' messages say it: "10 MB", "3.3 MB". */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** Formats a number the British way with at most `digits` decimal places. */
export function formatNumber(value: number, digits = 1): string {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}
