/** Entry point: mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";

// Whatever graph opens, the canvas chunk is needed, and most visits show the embedded model: fetch both with the
// shell instead of one after the other (the data, then the canvas) once React has mounted.
void import("./graph/GraphView");
if (!new URLSearchParams(window.location.search).has("graph")) void import("./data/embedded");

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
