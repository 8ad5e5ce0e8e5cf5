/** Chat apps read only the start of a page: these tags must sit in its first 32 KB. */
export const UNFURL_BYTES = 32 * 1024;

const REQUIRED = [
  ['title', /<title>[^<]+<\/title>/],
  ['meta description', /<meta name="description" content="[^"]+"/],
  ['canonical', /<link rel="canonical" href="(https?:\/\/[^"]+)"/],
  ['og:title', /<meta property="og:title" content="[^"]+"/],
  ['og:description', /<meta property="og:description" content="[^"]+"/],
  ['og:url', /<meta property="og:url" content="(https?:\/\/[^"]+)"/],
  ['og:type', /<meta property="og:type" content="article"/],
  ['og:site_name', /<meta property="og:site_name" content="[^"]+"/],
  ['og:image', /<meta property="og:image" content="(https?:\/\/[^"]+\.png)"/],
  ['twitter:card', /<meta name="twitter:card" content="summary_large_image"/],
  ['theme-color', /<meta name="theme-color" content="#[0-9a-f]{3,6}"/i],
] as const;

/** What an error page's head lacks for a good unfurl, checked in its first 32 KB only. */
export function shareMetaProblems(html: string): string[] {
  const head = Buffer.from(html).subarray(0, UNFURL_BYTES).toString('utf8');
  return REQUIRED.filter(([, re]) => !re.test(head)).map(([name]) => `${name} missing or not absolute in the first 32 KB`);
}

export const ogImageUrl = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every JSON-LD item of a page (blocks may hold arrays), parsed; throws on invalid JSON. */
export const jsonLdBlocks = (html: string): unknown[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => [JSON.parse(m[1]!)].flat());
