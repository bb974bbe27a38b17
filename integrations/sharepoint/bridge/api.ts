/**
 * What the SPFx web part classes (src/) see of the bridge: types only, with no imports, so
 * scripts/build-sharepoint.mjs can hand this file to the SPFx TypeScript compiler as the
 * bridge's declaration file. index.ts is checked against KitBridge by `npm run typecheck`, so
 * the two cannot drift apart.
 */

/** What SharePoint keeps for a web part: each setting under its attribute's name. */
export type WebPartProperties = Record<string, string | boolean | undefined>;

export interface PaneChoice {
  value: string;
  label: string;
}

export interface PaneField {
  /** The web part property, named as the element's attribute ("heading-level"). */
  property: string;
  label: string;
  description?: string;
  kind: 'choice' | 'text' | 'toggle';
  choices?: PaneChoice[];
  /** For a toggle: the words beside it when on and off. */
  onText?: string;
  offText?: string;
}

export interface PaneGroup {
  name: string;
  fields: PaneField[];
}

/** The parts of SPFx's IReadonlyTheme the bridge reads (all optional, as SPFx types them). */
export interface SharePointTheme {
  semanticColors?: {
    bodyText?: string;
    bodyBackground?: string;
    bodySubtext?: string;
    bodyStandoutBackground?: string;
    inputBorder?: string;
    primaryButtonBackground?: string;
    primaryButtonText?: string;
    errorText?: string;
    warningBackground?: string;
    warningHighlight?: string;
  };
  palette?: { themePrimary?: string };
  fonts?: { medium?: { fontFamily?: string } };
}

export interface RenderOptions {
  tag: string;
  properties: WebPartProperties;
  /** The web part's instance id (SPFx `this.instanceId`). */
  instanceId: string;
  theme?: SharePointTheme;
}

export interface KitBridge {
  /** The property pane for one widget, group by group. */
  paneGroups(tag: string): PaneGroup[];
  /** For a text field of the pane: '' when the value can be used, else what is wrong with it. */
  settingProblem(tag: string, property: string, value: string): string;
  /** Puts the widget into the web part's element, or brings it up to date. */
  renderWidget(host: HTMLElement, options: RenderOptions): void;
  /** The line at the top of the property pane. */
  paneDescription: string;
}
