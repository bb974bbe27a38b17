/**
 * Every limit on what the widgets keep, in one place (issue 14, item 1). The same numbers
 * bound what a field accepts (its `maxlength`, and the check that refuses a longer value with
 * a message), what is saved, what storage and imports accept back (each widget's value
 * check), and the largest file a widget's download can be, which its import accepts. So any
 * work a person can type is work that loads again, from the device or from a file.
 *
 * Far above real use; low enough that a hostile file cannot freeze the page. Lengths count
 * UTF-16 code units, as `maxlength` and `String.length` do. No DOM here.
 *
 * One export per widget, written as plain literals, so that a widget's bundle carries only
 * its own numbers. The file limits follow from the others: test/unit/limits.test.ts writes
 * the largest file each download could be (every list full, every field at its limit, in
 * characters JSON writes as six) and checks it fits, with little to spare.
 */

/** The attendance calculator: what is typed into each of its three fields. */
export const calculatorLimits = {
  /** Characters in "Possible sessions", "Sessions attended" or "Attendance (%)". */
  field: 100,
};

/** The checklist's work, which also holds the calculator it embeds. */
export const checklistLimits = {
  /** Items with work on them (a checklist shows at most 19 of its own and 50 a council adds). */
  items: 100,
  /** An item or status id. */
  id: 100,
  /** An item's note. */
  note: 20_000,
  /** Characters in each of the embedded calculator's fields (calculatorLimits.field). */
  calculatorField: 100,
  /** The calculator's sentence kept with its figures: worked out, never typed, a few hundred at most. */
  sentence: 1000,
  /** The largest file "Download as a file" can write, in characters and in UTF-8 bytes: what "Import" accepts. */
  fileChars: 13_009_600,
};

/** The push and pull map. */
export const pushPullLimits = {
  factors: 60,
  adjustments: 100,
  /** A factor or adjustment id. */
  id: 100,
  /** A factor's name. */
  label: 120,
  /** The child's words about a factor. */
  words: 5000,
  /** What was agreed, in an adjustment. */
  text: 2000,
  /** Who will do it. */
  owner: 200,
  /** A review date as typed, before it is read as a date. */
  dateTyped: 20,
  /** The largest file "Download as a file" can write, in characters and in UTF-8 bytes: what "Import" accepts. */
  fileChars: 3_415_880,
};

/**
 * The four i's planner. Its cohort comes from a file, so besides the limits on each field
 * the plan as a whole has one (`planChars`): a plan of 50,000 pupils with every field full
 * could otherwise be gigabytes, and no device could save or import it.
 */
export const fourIsLimits = {
  /** A cohort CSV file in bytes, or a paste in characters: 10 MB is about 100,000 rows, so larger is not a cohort export. */
  csv: 10 * 1024 * 1024,
  pupils: 50_000,
  /** Columns of a cohort file, and so characteristics a cohort can hold. */
  columns: 60,
  /** A pupil's pseudonymous reference. */
  ref: 50,
  /** A school's name, or a characteristic's value. */
  text: 120,
  /** The academic year the targets are for, such as "2026 to 2027". */
  year: 40,
  /** Who is involved, an action's owner, a characteristic's label, what an entry is about. */
  shortText: 200,
  /** What someone knows, or an action. */
  longText: 5000,
  /** The written judgement of the difference made. */
  judgement: 20_000,
  /** A number as typed: sessions, or a term's target or recorded percentage. */
  figure: 20,
  /** People involved, and actions: each list. */
  entries: 2000,
  targets: 200,
  /** Figures recorded term by term for the cohort and its groups. */
  recorded: 30_000,
  /** The whole plan as JSON written without spaces (a plan of 50,000 pupils is about 12 million). */
  planChars: 20_000_000,
  /**
   * The largest plan file "Download the plan" can write: the plan in its envelope, in
   * characters (checked once read), and in UTF-8 bytes, at most three to a character (checked
   * before the file is opened).
   */
  fileChars: 20_004_000,
  fileBytes: 60_012_000,
};
