import type { Verdict } from '../lib/versions/verdict';

/** Writes a verdict's text into `el` (backticks become code) and sets the contract attribute `data-version-verdict`. */
export function fillVerdict(el: HTMLElement, verdict: Verdict): HTMLElement {
  el.replaceChildren(
    ...verdict.text.split('`').map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const code = document.createElement('code');
      code.textContent = part; // always text: content never becomes HTML
      return code;
    }),
  );
  el.dataset.versionVerdict = verdict.state;
  return el;
}
