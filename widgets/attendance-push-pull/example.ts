/**
 * The fictional worked example for trainers: the push and pull map of the sample case
 * content/sample-cases/alex-year-7.json, which presenter mode also loads, so the example has
 * one source. The widget loads this module only when someone asks for the example, so its
 * text never adds to the widget's own size. No DOM here.
 */
import example from '../../content/sample-cases/alex-year-7.json' with { type: 'json' };
import { fillLocalNames, type LocalNames } from '../../content/schemas/local-names.ts';
import { checkValue, type PushPullValue } from './state.ts';

export interface LoadedExample {
  title: string;
  summary: string;
  value: PushPullValue;
}

/**
 * The example with the council's names filled in to its adjustments, checked like any
 * imported file; undefined if the shipped file is wrong (a unit test makes sure it is not).
 */
export function loadExample(names: LocalNames): LoadedExample | undefined {
  const checked = checkValue(example.pushPull);
  if (!checked.ok) return undefined;
  const value: PushPullValue = {
    factors: checked.value.factors,
    adjustments: checked.value.adjustments.map((a) => ({ ...a, text: fillLocalNames(a.text, names), owner: fillLocalNames(a.owner, names) })),
  };
  return { title: example.title, summary: example.summary, value };
}
