/** Entry point: mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";

// Most visits show the embedded model: start on its loader with the shell, not once React has mounted. (The
// canvas chunk is asked for by GraphPanel as it loads, and index.html preloads both.)
if (!new URLSearchParams(window.location.search).has("graph")) void import("./data/embedded");

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
