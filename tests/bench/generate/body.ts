import type { Spec } from './page.ts';
import type { Rng } from './rng.ts';
import { vocabulary } from './vocabulary.ts';

/** Prose sentences with slots; several per page, picked at random, so pages do not share paragraphs. */
const MEANS: Array<(s: Spec) => string> = [
  (s: Spec) =>
    `Nothing is wrong with your own code in most reports: the ${s.subject} is state that ${s.tool} keeps between runs, and it no longer agrees with the ${s.object}.`,
  (s: Spec) =>
    `The message appears at the moment ${s.tool} reads the ${s.subject}, usually right after an upgrade, a change of account, or a switch between machines that share the ${s.object}.`,
  (s: Spec) =>
    `Other tools print the same condition with different words; what they share is \`${s.code}\` and the phrase "${s.predicate}", which is what the search on this site matches.`,
  () =>
    `The error is reported once per run, so a retry loop in a script can hide it until a log is read; the first occurrence in the log is the useful one.`,
  (s: Spec) =>
    `When the ${s.object} is shared with teammates or a CI runner, the error can appear for one person and not another, which points at local state rather than at the project.`,
  (s: Spec) =>
    `Paths, request ids and timestamps around the message differ from machine to machine and say nothing about the cause; the code and the name of the ${s.subject} do.`,
  (s: Spec) =>
    `Since ${s.tool} ${s.code.length % 2 ? 'started checking this explicitly' : 'made the check stricter'}, the same situation that used to pass silently now stops the run, which is why the error often shows up after an upgrade nobody connected with it.`,
  (s: Spec) =>
    `Retrying without changing anything rarely helps: the ${s.subject} is read again from the same place and fails the same way, unless the cause was a short network problem.`,
  () =>
    `Maintainers in the issue threads usually ask for the full output with debug logging turned on, because the line before the error names the file or endpoint that was read.`,
  (s: Spec) =>
    `If the ${s.object} was recently moved, renamed or restored from a backup, start there: the ${s.subject} still refers to the old location and the check cannot tell the difference.`,
];

/** The three body sections, ~700 words with steps and code blocks, so a page costs the build what a real one does. */
export function body(s: Spec, r: Rng, titles: string[], causes: string[], related: Spec[]): string {
  const intro = `${s.tool} stopped because the ${s.subject} ${s.predicate}. The code \`${s.code}\` names the check that failed, and the text after it names what it was looking at, here the ${s.object}.`;
  const means = r.sample(MEANS, 6).map((f) => f(s));
  const rel = related[0]
    ? ` A similar message with a different cause is described in [${related[0].title}](/errors/${related[0].slug}/).`
    : '';
  const why = causes.map(
    (c, i) =>
      `${i + 1}. **${titles[i]}.** ${c} This is ${r.pick(['the most common case in issue threads', 'frequent after upgrades', 'typical on CI runners', 'rarer, but hard to spot', 'common on shared machines'])}.`,
  );
  const n = r.int(3, 5);
  const cmds = r.sample(s.flavor.commands, n);
  const verbs = r.sample(vocabulary.verbs, n);
  const steps = cmds.map((cmd, i) => {
    const extra = r.pick(s.flavor.commands.filter((c) => c !== cmd));
    const next = i + 1 < n ? `continue with [step ${i + 2}](#step-${i + 2})` : 'collect the output of every step and open an issue with it';
    return [
      `${i + 1}. **${verbs[i]} the ${i % 2 ? s.object : s.subject}.** ${r.sample(vocabulary.stepWhy, 2).join(' ')}`,
      '',
      '   ```sh',
      `   ${cmd}`,
      ...(r.chance(0.5) ? [`   ${extra}`] : []),
      '   ```',
      '',
      `   **Worked if:** ${r.pick(['the output lists', 'you see', 'the command prints'])} the ${r.pick([s.object, s.subject, 'expected version'])} ${r.pick(['without a warning', 'with the value you configured', 'and the original command now succeeds'])}.`,
      `   **If not:** ${next}.`,
    ].join('\n');
  });
  return [
    '## What this error means',
    '',
    `${intro} ${means[0]}${rel}`,
    '',
    `${means[1]} ${means[2]}`,
    '',
    `${means[3]} ${means[4]} ${means[5]}`,
    '',
    '## Why it happens',
    '',
    ...why,
    '',
    '## Troubleshooting steps',
    '',
    steps.join('\n\n'),
    '',
  ].join('\n');
}
