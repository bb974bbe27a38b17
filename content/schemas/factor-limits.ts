/**
 * Limits on a push and pull factor, shared by the content schema (factor.ts) and the widget.
 * No zod here: widgets import this module, and it must add nothing to their bundles.
 */

/** The longest label a factor may have: labels are drawn on the push and pull map, so they stay short. */
export const factorLabelMaxChars = 60;
