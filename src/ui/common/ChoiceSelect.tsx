/** A select over a fixed list of choices, each shown by its name: the legend's and the header's settings. */

interface ChoiceSelectProps<T extends string> {
  value: T;
  choices: readonly T[];
  names: Readonly<Record<T, string>>;
  onChange: (choice: T) => void;
}

export function ChoiceSelect<T extends string>({ value, choices, names, onChange }: ChoiceSelectProps<T>) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as T)}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {names[choice]}
        </option>
      ))}
    </select>
  );
}
