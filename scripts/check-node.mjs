// The project brings its own Node (the `node` package in devDependencies), which npm puts
// first on PATH for scripts. This stops early, with the fix, if a script runs on another.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `This project needs Node 22.12 or newer, but this is Node ${process.versions.node}.\n` +
      "Run commands through npm (npm test, npm start, npm run ...) so the project's own Node is used, after `npm ci`.",
  );
  process.exit(1);
}
console.log(`Node ${process.versions.node}`);
