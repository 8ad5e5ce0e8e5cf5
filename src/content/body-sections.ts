/**
 * The sections every error page's MDX body holds, in this order. The page layout
 * puts quick fixes before them and prevention, sources, related errors and FAQ after.
 * `anchor` names the ids the items of a section's first list get (`#cause-2`, `#step-3`):
 * `src/markdown/section-anchors.ts` sets them on the page, the Markdown twin links them.
 */
export const bodySections = [
  { heading: 'What this error means', match: /^##\s+What this error means\s*$/m },
  { heading: 'Why it happens', match: /^##\s+Why it happens\s*$/m, anchor: 'cause' },
  { heading: 'Troubleshooting steps', match: /^##\s+Troubleshooting steps\s*$/m, anchor: 'step' },
] as const;

/** Section heading → the prefix of its list items' ids. */
export const anchorPrefixByHeading: Readonly<Record<string, string>> = Object.fromEntries(
  bodySections.flatMap((s) => ('anchor' in s ? [[s.heading, s.anchor]] : [])),
);

/** Top-level numbered items (`1. …`) under "## Troubleshooting steps", up to the next `## ` heading. */
export function countSteps(body: string): number {
  const start = bodySections[2].match.exec(body);
  if (!start) return 0;
  const rest = body.slice(start.index + start[0].length);
  const end = rest.search(/^##\s/m);
  const section = end === -1 ? rest : rest.slice(0, end);
  return section.match(/^\d+\.\s/gm)?.length ?? 0;
}
