/**
 * Entry point of the real Office task pane: waits for Office.js, then mounts the pane over the
 * Office.js workbook adapter.
 */
import { createRoot } from "react-dom/client";

function mount(): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<div>opeval</div>);
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => mount());
} else {
  mount();
}
