// Builds a project folder the way `npm run build` does, one step at a time, and says where the
// time went: each step of the build script, and within `astro build` its phases (content sync,
// collecting build info, Vite's bundling, page generation), told apart by the lines Astro logs
// as each one starts. The whole log is kept for reading: it is where per-page warnings show.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';

/** A short name for a build step: the script's file name, or the command (`astro`, `pagefind`). */
export function stepName(command) {
  const [program, script] = command.trim().split(/\s+/);
  return program === 'node' && script ? basename(script).replace(/\.[cm]?js$/, '') : program;
}

/** Lines that start each phase of `astro build`, in the order Astro logs them. */
const astroPhaseStarts = [
  ['buildInfo', /Collecting build info/],
  ['bundle', /Building static entrypoints/],
  ['generate', /Rearranging server assets|generating static routes/],
  ['finish', /page\(s\) built in/],
];

/**
 * Seconds spent in each phase of `astro build`, from the times its lines arrived. The time before
 * the first marker is Astro starting up and syncing content (`contentSync`).
 * @param {{ at: number, text: string }[]} lines times in ms since the step began
 * @param {number} endMs when the step ended
 */
export function astroPhases(lines, endMs) {
  const starts = [{ name: 'contentSync', at: 0 }];
  for (const [name, pattern] of astroPhaseStarts) {
    const line = lines.find((l) => pattern.test(l.text) && l.at >= starts.at(-1).at);
    if (line) starts.push({ name, at: line.at });
  }
  return Object.fromEntries(starts.map((s, i) => [s.name, Number((((starts[i + 1]?.at ?? endMs) - s.at) / 1000).toFixed(2))]));
}

/**
 * CPU seconds (user and system) the shell's children used, from the two lines the shell's
 * `times` prints (the shell's own, then its children's: "0m5.210000s 0m1.030000s").
 */
export function childCpuSeconds(timesOutput) {
  const children = timesOutput.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return seconds.length === 2 ? seconds[0] + seconds[1] : undefined;
}

function run(command, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const lines = [];
    let partial = '';
    let times = '';
    // The shell reports its children's CPU time on a pipe of its own: on a shared machine the
    // CPU time says more about the build's cost than the time on the clock.
    const child = spawn('sh', ['-c', `${command}\nstatus=$?\ntimes >&3\nexit $status`], {
      cwd,
      env: { ...process.env, PATH: `${join(cwd, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    child.stdio[3].on('data', (chunk) => (times += chunk));
    const take = (chunk) => {
      const at = performance.now() - started;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      for (const text of parts) lines.push({ at, text });
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial) lines.push({ at: performance.now() - started, text: partial });
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, cpuSeconds: childCpuSeconds(times), lines });
      else
        reject(
          Object.assign(
            new Error(
              `\`${command}\` failed (exit ${code}):\n${lines
                .slice(-30)
                .map((l) => l.text)
                .join('\n')}`,
            ),
            { lines },
          ),
        );
    });
  });
}

/**
 * Runs the build script of the project in `dir` step by step; writes the log to `logFile`.
 * @returns {Promise<{ buildSeconds: number, buildCpuSeconds: number, buildSteps: Record<string, number>, buildStepsCpuSeconds: Record<string, number>, astroPhases: Record<string, number>, buildLogLines: number }>}
 */
export async function timedBuild(dir, logFile) {
  const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const buildSteps = {};
  const buildStepsCpuSeconds = {};
  let phases = {};
  const log = [];
  let total = 0;
  let cpu = 0;
  for (const command of scripts.build.split('&&').map((s) => s.trim())) {
    const { ms, cpuSeconds, lines } = await run(command, dir).catch((error) => {
      writeFileSync(logFile, [...log, ...(error.lines ?? []).map((l) => l.text)].join('\n') + '\n');
      throw error;
    });
    total += ms;
    cpu += cpuSeconds ?? 0;
    buildSteps[stepName(command)] = Number((ms / 1000).toFixed(2));
    buildStepsCpuSeconds[stepName(command)] = Number((cpuSeconds ?? 0).toFixed(2));
    if (stepName(command) === 'astro') phases = astroPhases(lines, ms);
    log.push(`$ ${command}`, ...lines.map((l) => l.text));
  }
  writeFileSync(logFile, log.join('\n') + '\n');
  return {
    buildSeconds: Number((total / 1000).toFixed(2)),
    buildCpuSeconds: Number(cpu.toFixed(2)),
    buildSteps,
    buildStepsCpuSeconds,
    astroPhases: phases,
    buildLogLines: log.length,
  };
}
