// Adds a "Copy" button to each citation block; without JavaScript the text stays selectable.
// A block copies its data-copy-text when it has one (a quote with its source), else its text.
for (const block of document.querySelectorAll<HTMLElement>("[data-copy]")) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = `Copy ${block.dataset.copy}`;
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(block.dataset.copyText ?? block.textContent ?? "");
      status.textContent = "Copied.";
    } catch {
      status.textContent = "Copy failed: select the text and copy it.";
    }
  });
  block.after(button, status);
}
