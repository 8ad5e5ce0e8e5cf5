import { button } from './button';
import { chatMessage } from '../lib/chat-message';

type Announce = (message: string) => void;

async function copy(text: string, announce: Announce, what: string) {
  await navigator.clipboard.writeText(text);
  announce(`${what} copied to the clipboard`);
}

/**
 * "Copy for chat", "Copy as prompt" (built with the page: `src/lib/agents/agent-prompt.ts`) and
 * "Copy link" for the page; the page link is its canonical URL (no query, no fragment).
 */
export function enableShareBar(bar: HTMLElement, announce: Announce): void {
  const { title = '', signature = '', quickFix = '', url = location.href } = bar.dataset;
  bar
    .querySelector('[data-copy-chat]')
    ?.addEventListener('click', () => copy(chatMessage({ title, signature, quickFix, url }), announce, 'Chat message'));
  const prompt = bar.querySelector<HTMLElement>('[data-copy-prompt]');
  prompt?.addEventListener('click', () => copy(prompt.dataset.prompt ?? '', announce, 'Prompt'));
  bar.querySelector('[data-copy-link]')?.addEventListener('click', () => copy(url, announce, 'Link'));
}

/** A copy-link button on every section heading, cause and step (`#step-3` links go straight to that step). */
export function addAnchorButtons(root: Element, pageUrl: string, announce: Announce): void {
  for (const el of root.querySelectorAll<HTMLElement>('h2[id], li[id^="step-"], li[id^="cause-"]')) {
    const label = el.tagName === 'H2' ? `section “${el.textContent?.trim()}”` : el.id.replace('-', ' ');
    const anchor = button('anchor-button', '#', `Copy link to ${label}`);
    anchor.addEventListener('click', () => copy(`${pageUrl}#${el.id}`, announce, 'Link'));
    el.append(anchor);
  }
}
