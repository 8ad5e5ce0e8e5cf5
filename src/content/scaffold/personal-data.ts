/**
 * Hints that the paste still holds something personal: home directories with a
 * user name, e-mail addresses, API keys or tokens, private host names. The
 * signature keeps the paste as given, so the writer must edit these out.
 */
export function personalDataHints(raw: string): string[] {
  const hints: string[] = [];
  if (/(?:\/home\/|\/Users\/|[A-Za-z]:\\Users\\)(?!you\b|user\b|me\b|<)[^\s/\\]+/.test(raw)) hints.push('a home directory with a user name (write /home/you/… or ~/… instead)');
  if (/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b(?![:/])/.test(raw)) hints.push('an e-mail address');
  if (/\b(?:sk-(?!\.\.\.|\*)[A-Za-z0-9_-]{8,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/.test(raw)) hints.push('what looks like an API key or token');
  if (/\b[\w-]+\.(?:internal|local|corp|lan|intranet)\b/i.test(raw)) hints.push('a private host name');
  return hints;
}
