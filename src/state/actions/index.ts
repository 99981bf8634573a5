/**
 * Every change to the app state, as pure functions (state, ...args) → state, one group per domain. Components
 * get a group already bound to the store through the hooks in hooks.ts (useSelectionActions(), ...); tests call
 * them directly, through `actions`.
 */
import { filterActions } from "./filters";
import { noticeActions } from "./notices";
import { openingActions } from "./opening";
import { preferenceActions } from "./preferences";
import { selectionActions } from "./selection";
import { viewActions } from "./view";

export { filterActions, noticeActions, openingActions, preferenceActions, selectionActions, viewActions };

/** All the groups in one object. */
export const actions = {
  ...selectionActions,
  ...filterActions,
  ...viewActions,
  ...openingActions,
  ...noticeActions,
  ...preferenceActions,
};
