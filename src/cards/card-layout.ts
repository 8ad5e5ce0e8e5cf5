import { wrapText } from './wrap-text.ts';

/** What a preview card shows. */
export interface CardData {
  slug: string;
  title: string;
  category: string;
  tool: string;
  signature: string;
  siteName: string;
}

export const CARD = { width: 1200, height: 630 } as const;

/**
 * Bump when the drawing changes (`draw-card.ts`, fonts, colours): cached cards are keyed by
 * this and the layout, so a new design redraws every card and nothing else does.
 */
export const CARD_DESIGN_VERSION = 2;

/** Everything the drawing depends on: the text, wrapped into lines, and where the box goes. */
export interface CardLayout {
  siteName: string;
  /** "Category · Tool", right-aligned at the top. */
  topic: string;
  title: string[];
  signature: string[];
  boxTop: number;
  boxHeight: number;
}

export const TITLE_TOP = 150;
export const TITLE_LINE = 66;
export const SIGNATURE_LINE = 36;

export function cardLayout(card: CardData): CardLayout {
  const title = wrapText(card.title, 32, 3);
  const lines = card.signature
    .trim()
    .split('\n')
    .flatMap((l) => wrapText(l, 62, 4))
    .filter(Boolean);
  const signature = lines.length > 4 ? [...lines.slice(0, 3), `${lines[3]!.slice(0, 61)}…`] : lines;
  const boxTop = TITLE_TOP + title.length * TITLE_LINE + 24;
  return {
    siteName: card.siteName,
    topic: `${card.category} · ${card.tool}`,
    title,
    signature,
    boxTop,
    boxHeight: signature.length * SIGNATURE_LINE + 36,
  };
}
