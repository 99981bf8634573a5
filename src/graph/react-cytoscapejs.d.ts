// react-cytoscapejs ships no types; this covers the props we use.
declare module "react-cytoscapejs" {
  import type { Component, CSSProperties } from "react";
  import type { Core, ElementDefinition, LayoutOptions } from "cytoscape";

  export interface CytoscapeComponentProps {
    id?: string;
    className?: string;
    style?: CSSProperties;
    elements: ElementDefinition[];
    /** JSON stylesheet rules; typed loosely, as ours (stylesheet.ts) use properties Cytoscape's own types lack. */
    stylesheet?: unknown;
    layout?: LayoutOptions;
    /** Called with the instance after mount and after every update. */
    cy?: (cy: Core) => void;
    zoom?: number;
    pan?: { x: number; y: number };
    minZoom?: number;
    maxZoom?: number;
    boxSelectionEnabled?: boolean;
    autounselectify?: boolean;
    autoungrabify?: boolean;
    wheelSensitivity?: number;
    /** Core rendering options, read once when the instance is created. */
    textureOnViewport?: boolean;
    hideEdgesOnViewport?: boolean;
    pixelRatio?: number | "auto";
  }

  export default class CytoscapeComponent extends Component<CytoscapeComponentProps> {}
}
