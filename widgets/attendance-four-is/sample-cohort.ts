/**
 * Fictional cohorts for training, tests and the benchmark: every reference, school and figure
 * is made up (references start "FICT-", schools end "(fictional)"). The distributions are
 * plausible for children with a social worker (lower attendance for children on a child
 * protection plan, a few severely absent), not taken from any real data.
 *
 * Not part of the widget's bundle: the element never imports this file.
 *
 *   generateCohortCsv(10_000)   a large cohort for the benchmark (npm run bench)
 *   sampleCsv()                 public/samples/four-is-fictional-cohort.csv, with bad rows to show validation
 */

/** A small, fast random number generator, seeded so that the same call gives the same cohort. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const primaries = ['Alder Primary School', 'Beech Hill Primary', 'Cedar Lane Infant and Junior', 'Damson Primary Academy', 'Elm Park Primary', 'Fern Bank Primary'];
const secondaries = ['Gorse Hill Academy', 'Hawthorn High School', 'Ivy Lane School', 'Juniper College'];
const special = ['Kestrel Special School'];

export const sampleHeader = ['Pupil reference', 'School', 'Year group', 'Possible sessions', 'Attended sessions', 'Social worker status', 'SEND status', 'Sex', 'Ethnicity', 'FSM'];

const pick = <T>(random: () => number, weighted: readonly [T, number][]): T => {
  let r = random() * weighted.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
};

/** One fictional pupil's row, as a council's export might have it. */
function pupilRow(index: number, random: () => number): string[] {
  const status = pick(random, [
    ['CIN', 50],
    ['CP', 20],
    ['LAC', 22],
    ['PLAC', 8],
  ] as const);
  const send = pick(random, [
    ['N', 55],
    ['K', 30],
    ['E', 15],
  ] as const);
  const year = pick(random, [['R', 6], ...Array.from({ length: 11 }, (_, i): [string, number] => [String(i + 1), i >= 6 ? 10 : 7]), ['12', 3], ['13', 2]]);
  const secondary = year !== 'R' && Number(year) >= 7;
  const schools = send === 'E' && random() < 0.3 ? special : secondary ? secondaries : primaries;
  const school = `${schools[Math.floor(random() * schools.length)]} (fictional)`;
  // Autumn term to date: most pupils had every session possible; some joined or moved part way.
  const possible = random() < 0.85 ? 140 : 40 + Math.floor(random() * 100);
  const base = { CIN: 0.92, CP: 0.88, LAC: 0.95, PLAC: 0.94 }[status] - (send === 'E' ? 0.04 : 0) - (secondary ? 0.03 : 0);
  // Roughly normal noise (the sum of three uniforms); a few pupils are severely absent.
  const noise = (random() + random() + random() - 1.5) * 0.12;
  const rate = random() < 0.05 ? 0.1 + random() * 0.4 : Math.min(1, Math.max(0.3, base + noise));
  const attended = Math.round(possible * rate);
  const sex = random() < 0.5 ? 'Female' : 'Male';
  const ethnicity = pick(random, [
    ['White', 68],
    ['Mixed', 10],
    ['Asian', 8],
    ['Black', 9],
    ['Other', 2],
    ['', 3],
  ] as const);
  const fsm = random() < 0.55 ? 'Yes' : 'No';
  return [`FICT-${String(index + 1).padStart(5, '0')}`, school, year, String(possible), String(attended), status, send, sex, ethnicity, fsm];
}

const csvLine = (row: readonly string[]) => row.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');

/** A fictional cohort as CSV text (header and `count` rows, CRLF line ends as spreadsheets write them). */
export function generateCohortCsv(count: number, seed = 2026): string {
  const random = mulberry32(seed);
  const lines = [csvLine(sampleHeader)];
  for (let i = 0; i < count; i += 1) lines.push(csvLine(pupilRow(i, random)));
  return lines.join('\r\n') + '\r\n';
}

/**
 * Rows of the training sample that are deliberately wrong, each for a different reason the
 * planner gives, placed among the good ones. The line numbers the planner reports for them
 * are checked by a unit test.
 */
export const sampleBadRows: { after: number; row: string[]; reason: string }[] = [
  { after: 10, row: ['FICT-90001', 'Alder Primary School (fictional)', '4', 'one hundred', '120', 'CIN', 'N', 'Female', 'White', 'No'], reason: 'possible sessions not a number' },
  { after: 25, row: ['FICT-90002', 'Hawthorn High School (fictional)', '9', '140', '150', 'CP', 'K', 'Male', 'Black', 'Yes'], reason: 'attended more than possible' },
  { after: 40, row: ['FICT-00007', 'Gorse Hill Academy (fictional)', '8', '140', '101', 'LAC', 'N', 'Female', 'Asian', 'Yes'], reason: 'a reference already used' },
  { after: 55, row: ['FICT-90004', 'Elm Park Primary (fictional)', '2', '140', '120', 'Foster care', 'N', 'Male', 'White', 'No'], reason: 'not a social worker status' },
  { after: 70, row: ['', 'Beech Hill Primary (fictional)', 'R', '140', '133', 'CIN', 'N', 'Female', 'Mixed', 'Yes'], reason: 'no reference' },
  { after: 85, row: ['FICT-90006', 'Ivy Lane School (fictional)', '11', '-4', '0', 'CP', 'E', 'Male', 'White', 'Yes'], reason: 'negative sessions' },
];

/** The fictional training sample: 120 pupils, the bad rows above among them. */
export function sampleCsv(): string {
  const random = mulberry32(7);
  const lines = [csvLine(sampleHeader)];
  for (let i = 0; i < 120; i += 1) {
    lines.push(csvLine(pupilRow(i, random)));
    for (const bad of sampleBadRows) if (bad.after === i + 1) lines.push(csvLine(bad.row));
  }
  return lines.join('\r\n') + '\r\n';
}
