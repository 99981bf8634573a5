// The shareable view ⇄ URL query string, and its check against the small fixture's ids.
import { describe, expect, it } from "vitest";
import { checkViewAgainstGraph } from "../../../../src/model/view/viewChecks";
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from "../../../../src/model/view/viewState";
import { loadSmallGraph } from "../../../support/smallGraph";

const graph = loadSmallGraph();

describe("parseView / serializeView", () => {
  it.each([
    ["", DEFAULT_VIEW],
    ["?node=pbc", { ...DEFAULT_VIEW, selection: { kind: "node", id: "pbc" } }],
    [
      "?edge=pbc-supports-cote-d-ivoire",
      { ...DEFAULT_VIEW, selection: { kind: "edge", id: "pbc-supports-cote-d-ivoire" } },
    ],
    ["?focus=pbc&depth=2", { ...DEFAULT_VIEW, focus: { id: "pbc", depth: 2 } }],
    ["?hide=person,place", { ...DEFAULT_VIEW, hiddenTypes: new Set(["person", "place"]) }],
    ["?hiderel=supports", { ...DEFAULT_VIEW, hiddenRelations: new Set(["supports"]) }],
    ["?layout=hierarchy", { ...DEFAULT_VIEW, layout: "hierarchy" }],
    ["?passage=brief:3744-3867", { ...DEFAULT_VIEW, passage: { source: "brief", start: 3744, end: 3867 } }],
    [
      "?node=pbc&path=pbc,cote-d-ivoire",
      {
        ...DEFAULT_VIEW,
        selection: { kind: "node", id: "pbc" },
        connection: { from: "pbc", to: "cote-d-ivoire", directed: false },
      },
    ],
    ["?evidence=in:brief", { ...DEFAULT_VIEW, evidence: { kind: "in", source: "brief" } }],
    ["?evidence=only:web-summary", { ...DEFAULT_VIEW, evidence: { kind: "only", source: "web-summary" } }],
    ["?evidence=disagree", { ...DEFAULT_VIEW, evidence: { kind: "disagree" } }],
    [
      "?node=pbf&path=pbf,pbc&directed=1",
      {
        ...DEFAULT_VIEW,
        selection: { kind: "node", id: "pbf" },
        connection: { from: "pbf", to: "pbc", directed: true },
      },
    ],
  ] as [string, ViewState][])("%s round-trips", (query, view) => {
    const parsed = parseView(query);
    expect(parsed.problems).toEqual([]);
    expect(parsed.view).toEqual(view);
    expect(serializeView(view)).toBe(query);
  });

  it("writes filters in vocabulary order whatever the input order", () => {
    expect(serializeView(parseView("?hide=place,person").view)).toBe("?hide=person,place");
  });

  it.each([
    ["?depth=9&focus=pbc", "bad-depth"],
    ["?hide=dragon", "bad-type"],
    ["?hiderel=loves", "bad-relation"],
    ["?layout=spiral", "bad-layout"],
    ["?passage=brief:9-3", "bad-passage"],
    ["?passage=<script>", "bad-passage"],
    ["?utm_source=x", "unknown-param"],
    ["?node=pbc&edge=e1", "node-and-edge"],
    ["?path=pbc", "bad-path"],
    ["?evidence=some", "bad-evidence"],
    ["?evidence=in:", "bad-evidence"],
    ["?evidence=every:brief", "bad-evidence"],
    ["?path=pbc,pbc", "bad-path"],
    ["?path=pbc,pbf,sc", "bad-path"],
    ["?path=pbc,<b>", "bad-path"],
  ])("%s is reported as %s and never throws", (query, code) => {
    const { view, problems } = parseView(query);
    expect(problems.map((p) => p.code)).toEqual([code]);
    expect(view.layout).toMatch(/shipped|force|concentric|hierarchy/);
  });
});

describe("a link's mistakes, however many", () => {
  it("are one notice per kind, naming three and counting the rest", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join("&");
    const { problems } = parseView(`?${keys}&hide=dragon,unicorn,phoenix,griffin,person&hiderel=loves,hates`);
    expect(problems.map((p) => p.message)).toEqual([
      "Ignored 5,000 unknown link parameters: `p0`, `p1`, `p2` and 4,997 more.",
      "`dragon`, `unicorn`, `phoenix` and 1 more are not node types; they were not hidden.",
      "`loves` and `hates` are not relations; they were not hidden.",
    ]);
  });

  it("a path names its first end as the selection, whatever `node` says", () => {
    expect(parseView("?node=pbf&path=pbc,security-council").view.selection).toEqual({ kind: "node", id: "pbc" });
    expect(parseView("?path=pbc").problems.map((p) => p.message)).toEqual([
      "The path `pbc` does not name two different nodes as `from,to`; no path shown.",
    ]);
  });

  it("quote at most 40 characters of what the link said", () => {
    const { problems } = parseView(`?layout=${"x".repeat(10_000)}`);
    expect(problems.map((p) => p.message)).toEqual([
      `No layout called \`${"x".repeat(40)}…\`; showing the shipped layout.`,
    ]);
  });
});

describe("checkViewAgainstGraph", () => {
  it("keeps ids that exist", () => {
    const { view, problems } = checkViewAgainstGraph(
      parseView("?node=pbc&focus=pbf").view,
      graph.index,
      graph.valid.texts,
    );
    expect(problems).toEqual([]);
    expect(view.selection).toEqual({ kind: "node", id: "pbc" });
  });

  it.each([
    ["?node=xyz", "unknown-id", "No node or edge with id `xyz`; showing the whole graph."],
    ["?edge=pbc", "unknown-id", "No node or edge with id `pbc`; showing the whole graph."],
    ["?focus=xyz", "unknown-focus", undefined],
    ["?passage=nope:1-2", "unknown-source", undefined],
    ["?passage=brief:1-999999", "passage-out-of-range", undefined],
  ])("%s drops what it names with %s", (query, code, message) => {
    const { view, problems } = checkViewAgainstGraph(parseView(query).view, graph.index, graph.valid.texts);
    expect(problems.map((p) => p.code)).toEqual([code]);
    if (message) expect(problems[0]?.message).toBe(message);
    expect(view.selection).toBeNull();
    expect(view.focus).toBeNull();
    expect(view.passage).toBeNull();
  });

  it("drops evidence from a source the graph does not have, and says so", () => {
    const { view, problems } = checkViewAgainstGraph(
      parseView("?evidence=in:minutes").view,
      graph.index,
      graph.valid.texts,
    );
    expect(problems.map((p) => p.message)).toEqual(["No source with id `minutes`; showing everything."]);
    expect(view.evidence).toBeNull();
    expect(parseView("?evidence=some").problems.map((p) => p.message)).toEqual([
      "The evidence filter `some` is not `in:source`, `only:source`, `every` or `disagree`; showing everything.",
    ]);
  });

  it("drops a path to a node the graph does not have, and says so", () => {
    const { view, problems } = checkViewAgainstGraph(
      parseView("?path=pbc,atlantis").view,
      graph.index,
      graph.valid.texts,
    );
    expect(problems.map((p) => p.message)).toEqual(["No node with id `atlantis`; no path shown."]);
    expect(view.connection).toBeNull();
    expect(view.selection).toEqual({ kind: "node", id: "pbc" });
  });

  it("shows the link's own selection when the link's filters hide it, and says so", () => {
    const { view, problems } = checkViewAgainstGraph(
      parseView("?node=cote-d-ivoire&hide=place,un-body&focus=pbf&depth=1").view,
      graph.index,
      graph.valid.texts,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "“Côte D’Ivoire” was hidden by the filters or the focus; they were changed to show it.",
    ]);
    expect(view.selection).toEqual({ kind: "node", id: "cote-d-ivoire" });
    expect(view.hiddenTypes).toEqual(new Set(["un-body"]));
    expect(view.focus).toEqual({ id: "cote-d-ivoire", depth: 1 });
  });
});
