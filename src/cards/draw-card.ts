import type { SKRSContext2D } from '@napi-rs/canvas';
import { CARD, SIGNATURE_LINE, TITLE_LINE, TITLE_TOP, type CardLayout } from './card-layout.ts';

/** The font families `card-process.ts` registers. */
export const FONT = { text: 'Inter', mono: 'JetBrains Mono' } as const;

/** Draws one card (1200×630, dark) with Skia's 2D canvas; every pixel is opaque. */
export function drawCard(ctx: SKRSContext2D, card: CardLayout): void {
  const text = (font: string, colour: string, s: string, x: number, y: number, align: 'left' | 'right' = 'left') => {
    ctx.font = font;
    ctx.fillStyle = colour;
    ctx.textAlign = align;
    ctx.fillText(s, x, y);
  };
  ctx.fillStyle = '#111418';
  ctx.fillRect(0, 0, CARD.width, CARD.height);
  ctx.fillStyle = '#f2a29c';
  ctx.fillRect(0, 0, 14, CARD.height);
  text(`700 28px ${FONT.text}`, '#8ab4f8', card.siteName, 64, 84);
  text(`400 28px ${FONT.text}`, '#a9b1bc', card.topic, 1136, 84, 'right');
  card.title.forEach((line, i) => text(`700 56px ${FONT.text}`, '#e6e9ee', line, 64, TITLE_TOP + i * TITLE_LINE));
  // Half-pixel offsets put the 1 px border on whole pixels, as the SVG's stroke was.
  ctx.beginPath();
  ctx.roundRect(64.5, card.boxTop + 0.5, 1072, card.boxHeight, 12);
  ctx.fillStyle = '#1a1e24';
  ctx.fill();
  ctx.strokeStyle = '#343b45';
  ctx.lineWidth = 1;
  ctx.stroke();
  card.signature.forEach((line, i) => text(`400 26px "${FONT.mono}"`, '#f2a29c', line, 92, card.boxTop + 46 + i * SIGNATURE_LINE));
  text(`400 26px ${FONT.text}`, '#a9b1bc', 'Cause, quick fix and step-by-step troubleshooting', 64, 590);
}
