/** Every keyboard shortcut, grouped by where it works: the shortcuts dialog lists exactly this. */

export interface Shortcut {
  /** Keys as shown, one <kbd> each; alternatives are separate entries of `keys`. */
  keys: readonly string[];
  /** What a screen reader says for the keys, when the symbols alone would be read poorly. */
  spoken?: string;
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: "Anywhere",
    shortcuts: [
      { keys: ["Tab"], action: "Move to the next control; the first one skips to the graph" },
      { keys: ["/"], spoken: "Slash", action: "Search the graph" },
      { keys: ["?"], spoken: "Question mark", action: "Show these shortcuts" },
    ],
  },
  {
    title: "In the graph",
    shortcuts: [
      { keys: ["←", "↑", "→", "↓"], spoken: "Arrow keys", action: "Select the connected node in that direction" },
      { keys: ["Enter"], action: "Open the details of the selection" },
      { keys: ["Esc"], spoken: "Escape", action: "Clear the selection" },
      { keys: ["+", "−"], spoken: "Plus, minus", action: "Zoom in, zoom out" },
      { keys: ["0"], spoken: "Zero", action: "Fit the graph to the screen" },
    ],
  },
  {
    title: "In search",
    shortcuts: [
      { keys: ["↑", "↓"], spoken: "Up and down arrows", action: "Move through the results" },
      { keys: ["Enter"], action: "Select the result and show it" },
      { keys: ["Esc"], spoken: "Escape", action: "Close the results, then clear the search" },
    ],
  },
  {
    title: "In the details and dialogs",
    shortcuts: [{ keys: ["Esc"], spoken: "Escape", action: "Close, and go back to where you were" }],
  },
];
