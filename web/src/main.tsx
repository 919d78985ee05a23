// Entry point: translations first, then the app into #root.
import "./i18n/i18n.ts";
import "./app/base.css";
import "./app/layout.css";
import "./app/forms.css";
import "./directory/directory.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
