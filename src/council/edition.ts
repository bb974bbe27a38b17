/**
 * The council edition this build makes, for the site's pages and components: undefined for
 * the national edition. Read once from APK_COUNCIL; astro.config.mjs reads the same folder
 * the same way, so a fault has already stopped the build before any page is made.
 */
import { contentDirFromEnv, councilDirFromEnv, loadEdition, type Edition } from './settings.ts';

export const edition: Edition | undefined = loadEdition(councilDirFromEnv(), contentDirFromEnv());

/** "Anyshire", with "(fictional)" after it for an example council, for marks and headings. */
export function councilLabel(council: Edition): string {
  return council.fictional ? `${council.shortName} (fictional)` : council.shortName;
}
