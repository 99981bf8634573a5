/**
 * Finding a node by name as an ARIA combobox: type to see matching nodes, arrows to move, Enter to pick,
 * Escape to close. The header's search picks to go there; "Connect to…" picks a path's other end.
 */
import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import { describeResults } from "../../model/view/announcements";
import { search } from "../../model/query/search";
import { NODE_TYPE_INFO } from "../../model/brief/vocabulary";
import { useGraph } from "../../state/hooks";
import { ShapeIcon } from "../common/ShapeIcon";
import { useDebouncedAnnouncement } from "../a11y/announcer";

const RESULT_LIMIT = 12;
const FIELD_WORDS = { label: "", alias: "alias", description: "in description", quote: "in quotation" } as const;

export interface NodeSearchProps {
  /** The combobox's accessible name. */
  label: string;
  placeholder: string;
  onPick: (id: string) => void;
  /** A node not to offer (the one a path starts from). */
  exclude?: string;
  input?: RefObject<HTMLInputElement | null>;
  className?: string;
  autoFocus?: boolean;
}

/** A combobox over the graph's nodes. */
export function NodeSearch({ label, placeholder, onPick, exclude, input, className, autoFocus }: NodeSearchProps) {
  const graph = useGraph();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState(false);
  const listId = useId();

  const results = useMemo(
    () =>
      graph && query.trim()
        ? search(graph.search, query, RESULT_LIMIT + 1)
            .filter((hit) => hit.id !== exclude)
            .slice(0, RESULT_LIMIT)
        : [],
    [graph, query, exclude],
  );
  const showList = expanded && query.trim() !== "";
  // Spoken once typing pauses; choosing a result closes the list and cancels a pending count.
  useDebouncedAnnouncement(showList ? describeResults(query, results.length, RESULT_LIMIT) : "");

  const choose = (index: number) => {
    const hit = results[index];
    if (!hit) return;
    onPick(hit.id);
    setExpanded(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setExpanded(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (results.length ? (i + step + results.length) % results.length : 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      if (showList) setExpanded(false);
      else setQuery("");
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className={className ?? "search"}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        placeholder={placeholder}
        // oxlint-disable-next-line jsx-a11y/no-autofocus -- opened by a click on "Connect to…", to type in at once.
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && results[active] ? optionId(active) : undefined}
        disabled={!graph}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setExpanded(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setExpanded(true)}
        onBlur={() => setExpanded(false)}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!showList}>
        {showList && results.length === 0 && (
          <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">
            No match for “{query}”
          </li>
        )}
        {results.map((hit, i) => {
          const node = graph?.index.nodes.get(hit.id);
          return (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-result"
              // mousedown, not click: a click would first blur the input and close the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {node && <ShapeIcon type={node.type} size={14} />}
              <span className="result-label">{hit.label}</span>
              <span className="result-meta">
                {node ? NODE_TYPE_INFO[node.type].label : ""} {FIELD_WORDS[hit.field]}
              </span>
              {hit.snippet && <span className="result-snippet">{hit.snippet}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
