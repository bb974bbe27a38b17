// custom-elements.json is generated from the widgets' JSDoc (attributes, properties, events,
// slots, parts, custom properties): `npm run manifest`. A unit test fails when it is stale.

/** Internal reactive state (Lit `state: true`, private fields) is not public API: drop it. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the file system's order, which differs between machines.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')).map((m) => m.name));
          declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name));
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !a.fieldName || !hidden.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['widgets/attendance-*/attendance-*.ts', 'widgets/attendance-*/index.ts'],
  exclude: ['widgets/**/*.test.ts', 'widgets/**/*.unit.test.ts'],
  litelement: true,
  // package.json's customElements field is set by hand: the staleness test must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
