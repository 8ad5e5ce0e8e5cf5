import { wrapText } from './wrap-text.ts';

/** What a preview card shows; its hash decides whether a cached PNG can be reused. */
export interface CardData {
  slug: string;
  title: string;
  category: string;
  tool: string;
  signature: string;
  siteName: string;
}

export const CARD = { width: 1200, height: 630 } as const;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The 1200×630 card as SVG: fonts are Inter (text) and JetBrains Mono (the error). */
export function cardSvg(card: CardData): string {
  const title = wrapText(card.title, 32, 3);
  const signatureLines = card.signature
    .trim()
    .split('\n')
    .flatMap((l) => wrapText(l, 62, 4))
    .filter(Boolean);
  const signature = signatureLines.length > 4 ? [...signatureLines.slice(0, 3), `${signatureLines[3]!.slice(0, 61)}…`] : signatureLines;
  const titleTop = 150;
  const boxTop = titleTop + title.length * 66 + 24;
  const boxHeight = signature.length * 36 + 36;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<rect width="1200" height="630" fill="#111418"/>
<rect width="14" height="630" fill="#f2a29c"/>
<text x="64" y="84" font-family="Inter" font-weight="700" font-size="28" fill="#8ab4f8">${xml(card.siteName)}</text>
<text x="1136" y="84" text-anchor="end" font-family="Inter" font-size="28" fill="#a9b1bc">${xml(`${card.category} · ${card.tool}`)}</text>
${title.map((line, i) => `<text x="64" y="${titleTop + i * 66}" font-family="Inter" font-weight="700" font-size="56" fill="#e6e9ee">${xml(line)}</text>`).join('\n')}
<rect x="64" y="${boxTop}" width="1072" height="${boxHeight}" rx="12" fill="#1a1e24" stroke="#343b45"/>
${signature.map((line, i) => `<text x="92" y="${boxTop + 46 + i * 36}" font-family="JetBrains Mono" font-size="26" fill="#f2a29c" xml:space="preserve">${xml(line)}</text>`).join('\n')}
<text x="64" y="590" font-family="Inter" font-size="26" fill="#a9b1bc">${xml(`Cause, quick fix and step-by-step troubleshooting`)}</text>
</svg>`;
}
