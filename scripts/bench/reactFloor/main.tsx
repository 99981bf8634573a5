/**
 * The React floor: the least a page built on the app's required stack (React and react-cytoscapejs) can do to
 * show the embedded graph. No store, no shell, no panels: it fetches the model and renders one
 * CytoscapeComponent from the same positions, marking "floor:painted" on Cytoscape's first frame. With
 * `?look=app` it draws in the app's stylesheet, otherwise in the bare floor's. For information beside the
 * budgeted app / floor ratio: it shows what the stack and the look cost before the app adds anything.
 */
import { createRoot } from "react-dom/client";
import CytoscapeComponent from "react-cytoscapejs";
import { toElements } from "../../../src/graph/elements";
import { buildStylesheet } from "../../../src/graph/stylesheet";
import type { GraphModel } from "../../../src/model/brief/schema";
import { BARE_STYLESHEET } from "../floorLooks";

const appLook = new URLSearchParams(window.location.search).get("look") === "app";
const STYLESHEET = appLook ? buildStylesheet("light") : BARE_STYLESHEET;
// Module constants: react-cytoscapejs re-runs a layout, or restyles, whenever these props change identity.
const LAYOUT = { name: "preset", fit: true, padding: 30 };
const SIZE = { width: "100%", height: "100%" };

const root = document.getElementById("root");
if (!root) throw new Error("The React floor page has no #root element.");
let marked = false;
void fetch("../graph-data/brief.graph.json")
  .then((response) => response.json() as Promise<GraphModel>)
  .then((model) =>
    createRoot(root).render(
      <CytoscapeComponent
        elements={toElements(model)}
        stylesheet={STYLESHEET}
        layout={LAYOUT}
        style={SIZE}
        cy={(cy) => {
          // Called after every update: the mark is for the first frame only.
          if (marked) return;
          marked = true;
          cy.one("render", () => performance.mark("floor:painted"));
        }}
      />,
    ),
  );
