/** Entry point: mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { loadEmbedded } from "./open/graphOpener";
import { remembersGraph } from "./open/lastGraph";

// Most visits show the embedded model: fetch and assemble it now, while React renders the shell, rather than
// when the shell's first effect asks for it. (The canvas chunk is asked for by GraphPanel as it loads, and
// index.html preloads both.)
if (!new URLSearchParams(window.location.search).has("graph") && !remembersGraph()) void loadEmbedded();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
