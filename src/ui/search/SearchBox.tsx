/**
 * Search as an ARIA combobox: type to see matching nodes, arrows to move, Enter to select and centre,
 * Escape to close. "/" anywhere outside a text field focuses it (see useSlashToSearch).
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { describeResults } from "../../model/view/announcements";
import { search } from "../../model/query/search";
import { NODE_TYPE_INFO } from "../../model/brief/vocabulary";
import { useGraph } from "../../state/hooks";
import { ShapeIcon } from "../common/ShapeIcon";
import { useGoTo } from "../common/useGoTo";
import { useDebouncedAnnouncement } from "../a11y/announcer";
import { useSlashToSearch } from "./useSlashToSearch";

const RESULT_LIMIT = 12;
const FIELD_WORDS = { label: "", alias: "alias", description: "in description", quote: "in quotation" } as const;

/** The search box in the header. */
export function SearchBox() {
  const graph = useGraph();
  const goTo = useGoTo();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  useSlashToSearch(input);

  const results = useMemo(
    () => (graph && query.trim() ? search(graph.search, query, RESULT_LIMIT) : []),
    [graph, query],
  );
  const showList = expanded && query.trim() !== "";
  // Spoken once typing pauses; choosing a result closes the list and cancels a pending count.
  useDebouncedAnnouncement(showList ? describeResults(query, results.length, RESULT_LIMIT) : "");

  const choose = (index: number) => {
    const hit = results[index];
    if (!hit) return;
    goTo({ kind: "node", id: hit.id });
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
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search the graph
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        placeholder="Search ( / )"
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
