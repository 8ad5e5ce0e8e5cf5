/**
 * The sections every error page's MDX body holds, in this order. The page layout
 * puts quick fixes before them and prevention, sources, related errors and FAQ after.
 */
export const bodySections = [
  { heading: 'What this error means', match: /^##\s+What this error means\s*$/m },
  { heading: 'Why it happens', match: /^##\s+Why it happens\s*$/m },
  { heading: 'Troubleshooting steps', match: /^##\s+Troubleshooting steps\s*$/m },
] as const;

/** Top-level numbered items (`1. …`) under "## Troubleshooting steps", up to the next `## ` heading. */
export function countSteps(body: string): number {
  const start = bodySections[2].match.exec(body);
  if (!start) return 0;
  const rest = body.slice(start.index + start[0].length);
  const end = rest.search(/^##\s/m);
  const section = end === -1 ? rest : rest.slice(0, end);
  return section.match(/^\d+\.\s/gm)?.length ?? 0;
}
