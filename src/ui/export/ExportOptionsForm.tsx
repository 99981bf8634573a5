/** The Export dialog's choices: format, then scope, size, background and what to draw around the graph. */
import { EXPORT_FORMATS, FORMAT_ORDER, type ExportFormat } from "../../model/export/formats";
import { MAX_SCALE, MIN_SCALE, type ExportBackground, type ExportScope } from "../../model/export/imageOptions";
import type { ExportOptions } from "./exportOptions";
import { usesScope } from "./exportPlan";

const SCOPES: { value: ExportScope; label: string; hint: string }[] = [
  { value: "view", label: "Current view", hint: "What the canvas shows now, with the selection highlighted." },
  { value: "filtered", label: "Filtered or focused", hint: "Everything the filters and focus leave visible." },
  { value: "whole", label: "Whole graph", hint: "Every node and connection, hidden ones too." },
];
const CITATION_SCOPES: Record<ExportScope, string> = {
  view: "The selection with its connections, or everything visible when nothing is selected.",
  filtered: "Everything the filters and focus leave visible.",
  whole: "Every node and connection.",
};
const BACKGROUNDS: { value: ExportBackground; label: string }[] = [
  { value: "white", label: "White" },
  { value: "transparent", label: "Transparent" },
  { value: "dark", label: "Dark" },
];
const SCALES = Array.from({ length: MAX_SCALE - MIN_SCALE + 1 }, (_, i) => MIN_SCALE + i);

interface Props {
  options: ExportOptions;
  onChange: (patch: Partial<ExportOptions>) => void;
  defaultTitle: string;
  sourceLine: string;
}

/** The data formats that carry node positions, so can keep an arrangement to open again. */
const CARRIES_POSITIONS: ReadonlySet<ExportFormat> = new Set<ExportFormat>(["json", "gexf", "graphml", "nodes-csv"]);

/** Radio groups, a select and checkboxes; only the choices that apply to the format are shown. */
export function ExportOptionsForm({ options, onChange, defaultTitle, sourceLine }: Props) {
  const info = EXPORT_FORMATS[options.format];
  const image = info.kind === "image";
  return (
    <>
      <fieldset className="export-formats">
        <legend>Format</legend>
        {FORMAT_ORDER.map((format: ExportFormat) => (
          <label key={format}>
            <input
              type="radio"
              name="export-format"
              value={format}
              checked={options.format === format}
              onChange={() => onChange({ format })}
            />
            {EXPORT_FORMATS[format].label}
          </label>
        ))}
        <p className="export-hint">{info.hint}</p>
      </fieldset>
      {usesScope(options.format) && (
        <fieldset>
          <legend>What to include</legend>
          {SCOPES.map((scope) => (
            <label key={scope.value}>
              <input
                type="radio"
                name="export-scope"
                value={scope.value}
                checked={options.scope === scope.value}
                onChange={() => onChange({ scope: scope.value })}
              />
              {scope.label}
            </label>
          ))}
          <p className="export-hint">
            {image ? SCOPES.find((s) => s.value === options.scope)?.hint : CITATION_SCOPES[options.scope]}
          </p>
        </fieldset>
      )}
      {CARRIES_POSITIONS.has(options.format) && (
        <label>
          <input
            type="checkbox"
            checked={options.arrangement}
            onChange={(e) => onChange({ arrangement: e.target.checked })}
          />
          Keep the arrangement on screen (where the nodes are now, not where the model places them)
        </label>
      )}
      {image && (
        <fieldset>
          <legend>Image</legend>
          {options.format === "png" && (
            <label className="export-row">
              Scale
              <select value={options.scale} onChange={(e) => onChange({ scale: Number(e.target.value) })}>
                {SCALES.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="export-row" role="radiogroup" aria-label="Background">
            <span aria-hidden="true">Background</span>
            {BACKGROUNDS.map((b) => (
              <label key={b.value}>
                <input
                  type="radio"
                  name="export-background"
                  value={b.value}
                  checked={options.background === b.value}
                  onChange={() => onChange({ background: b.value })}
                />
                {b.label}
              </label>
            ))}
          </div>
          <label>
            <input
              type="checkbox"
              checked={options.showTitle}
              onChange={(e) => onChange({ showTitle: e.target.checked })}
            />
            Title
          </label>
          {options.showTitle && (
            <label className="export-row export-title">
              <span className="visually-hidden">Title text</span>
              <input
                type="text"
                value={options.title ?? defaultTitle}
                onChange={(e) => onChange({ title: e.target.value })}
                maxLength={200}
              />
            </label>
          )}
          <label>
            <input type="checkbox" checked={options.legend} onChange={(e) => onChange({ legend: e.target.checked })} />
            Legend
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.sourceLine}
              onChange={(e) => onChange({ sourceLine: e.target.checked })}
            />
            Source line <span className="export-hint">({sourceLine})</span>
          </label>
          {options.scope !== "view" && (
            <label>
              <input
                type="checkbox"
                checked={options.allLabels}
                onChange={(e) => onChange({ allLabels: e.target.checked })}
              />
              All labels <span className="export-hint">(even where they overlap; otherwise those that fit)</span>
            </label>
          )}
        </fieldset>
      )}
    </>
  );
}
