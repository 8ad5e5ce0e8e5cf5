/** `content/errors/git/git-publickey.mdx` → `git-publickey`: the file name is the slug. */
export function slugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.mdx?$/i, '').toLowerCase();
}
