/** A `<button type="button">` with its class, visible text and accessible name, as the enhancements add them. */
export function button(className: string, text: string, label: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = text;
  node.setAttribute('aria-label', label);
  return node;
}
