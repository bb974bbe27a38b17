/**
 * What the SharePoint web parts load: the four widgets (each registers its element once,
 * so two web parts on a page, or a web part beside a script-tag embed, do not clash) and the
 * functions the web part classes call. scripts/build-sharepoint.mjs bundles this, Lit
 * included, into the SPFx project, whose own build packs it into the .sppkg.
 */
import '../../../widgets/index.ts';
import type { KitBridge } from './api.ts';
import { paneGroups, settingProblem } from './settings.ts';
import { renderWidget } from './mount.ts';
import { strings } from './strings.ts';

const bridge: KitBridge = { paneGroups, settingProblem, renderWidget, paneDescription: strings.paneDescription };
export default bridge;
