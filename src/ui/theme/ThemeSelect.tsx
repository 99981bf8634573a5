/** The theme picker in the header: follow the system, or always light, or always dark; remembered. */
import { THEME_PREFERENCES, type ThemePreference } from "../../look/theme";
import { usePreferenceActions, useThemePreference } from "../../state/hooks";
import { ChoiceSelect } from "../common/ChoiceSelect";

const LABELS: Record<ThemePreference, string> = {
  system: "System theme",
  light: "Light theme",
  dark: "Dark theme",
};

/** A labelled select; its options name themselves, so the visible label can stay hidden on small screens. */
export function ThemeSelect() {
  const preference = useThemePreference();
  const { setThemePreference } = usePreferenceActions();
  return (
    <label className="theme-select">
      <span className="visually-hidden">Colour theme</span>
      <ChoiceSelect value={preference} choices={THEME_PREFERENCES} names={LABELS} onChange={setThemePreference} />
    </label>
  );
}
