/**
 * The URL shapes of the repository a site is built from (`REPO_URL`, `src/site-config.ts`),
 * in one place: editing a file and opening a prefilled issue. GitHub's shapes unless the host
 * is a GitLab (https://docs.gitlab.com/user/project/issues/create_issues/#using-a-url-with-prefilled-values).
 */

export interface Repository {
  /** `https://github.com/acme/error-kb`, no trailing slash. */
  url: string;
  branch: string;
}

const isGitLab = (repo: Repository) => /(^|\.)gitlab\./i.test(new URL(repo.url).hostname);

/** Where the file at `path` (relative to the repository root) is edited in the browser. */
export function editFileUrl(repo: Repository, path: string): string {
  const file = path.split('/').map(encodeURIComponent).join('/');
  return `${repo.url}${isGitLab(repo) ? '/-' : ''}/edit/${encodeURIComponent(repo.branch)}/${file}`;
}

/**
 * A new issue with title and body filled in. GitHub answers 414 above about 8 KB of URL,
 * so a long body is cut (the person sees and can edit the text before sending).
 */
export function newIssueUrl(repo: Repository, issue: { title: string; body: string }): string {
  const body = issue.body.length > 6000 ? `${issue.body.slice(0, 6000)}\n…` : issue.body;
  const params = isGitLab(repo)
    ? new URLSearchParams({ 'issue[title]': issue.title, 'issue[description]': body })
    : new URLSearchParams({ title: issue.title, body });
  return `${repo.url}${isGitLab(repo) ? '/-' : ''}/issues/new?${params}`;
}

/** "Report a problem" on an error page: an issue naming the page and its file. */
export function reportProblemUrl(repo: Repository, page: { title: string; url: string; file: string }): string {
  return newIssueUrl(repo, {
    title: `Problem on "${page.title}"`,
    body: `Page: ${page.url}\nFile: ${page.file}\n\nWhat is wrong, missing or out of date:\n\n`,
  });
}
