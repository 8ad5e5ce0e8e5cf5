/** The search's tuning, one place for every threshold (see `answer-query.ts` for the steps). */
export const RANKING = {
  /** Longest pastes are cut to this many distinct terms, first lines first: the error line usually leads. */
  maxTerms: 32,
  /**
   * On a large site, a paste's terms are searched rarest first, this many at once, then one more at a
   * time while they leave more pages than `candidates` (`searchTerms`), up to `maxSearches`:
   * each search there loads an index chunk of ~15–25 KB.
   */
  largeSite: { firstSearches: 2, maxSearches: 4 },
  /**
   * Candidates whose wordings are compared (each costs one fragment load, ~1 KB). Retrieval alone
   * ranks a vague report's page ninth or tenth at times (a Docker page behind pip pages that share
   * "Ubuntu" and "LTS"); from 8 to 10, over the seven sets, no top page changed and two more right
   * pages reached the top three. 12 adds nothing more.
   */
  candidates: 10,
  /**
   * Share of a wording's coverage that comes from its phrases found in order, the rest from
   * its words found anywhere (`phrases.ts`).
   */
  phraseWeight: 0.5,
  /**
   * Weight of how many of the paste's words a page's descriptions (title, summary, symptoms) hold,
   * against the other candidates (`descriptionMass` in rank.ts). Siblings that print the same
   * message differ here: the reporter's words around it.
   */
  descriptionWeight: 0.8,
  /** What wordings and specificity count for when the paste holds none of the candidates' wordings at `strongWording`: prose. */
  proseWordingFactor: 0.25,
  /**
   * Nor, for prose, a page whose descriptions, or whose best wording, hold less of the paste than this
   * IDF mass (about three words rarer than "error"): a few everyday words met in some symptom ("lost",
   * "app") are no evidence.
   * Scaled by the share of the paste's terms in Latin script: in a report written in Chinese or
   * Japanese, its English words (`npm`, `ERESOLVE`) are all a page can hold.
   */
  proseMinDescriptionMass: 8,
  /** Added for the candidate whose best wording explains most of the paste (others in proportion). */
  specificityWeight: 0.3,
  /** How many of a wording's rarest terms a strong match must hold (`distinctiveTerms`). */
  distinctiveTerms: 2,
  /** Weight of wording coverage against query coverage in the final score. */
  wordingWeight: 0.65,
  /** A strong match contains at least this share of one of the page's wordings... */
  strongWording: 0.6,
  /** ...and explains at least this share of the query. */
  strongQuery: 0.2,
  /** Below this final score, a page is not shown at all. */
  minScore: 0.16,
  /**
   * Nor is a page none of whose own wordings or descriptions is in the query: Pagefind also returns
   * pages for stems and prefixes of a word ("reticulated", "spline"), so a paste of unknown
   * words could otherwise bring up a page that only shares such fragments.
   */
  minWording: 0.01,
  /**
   * Added when the query names one of the page's tools ("Claude Code", "Docker") or shows it printed the paste
   * (`tool-evidence.ts`), and taken off a page whose tools the paste contradicts. Half of
   * `descriptionWeight`: of two pages that hold the same message, the tool that printed it decides rather
   * than which page's title repeats more of the message (at 0.08, a Claude Code paste of the API's
   * `tool_use` error went to the API page). From 0.3 to 0.6 no other case of the dev or held-out sets moved.
   */
  toolBonus: 0.4,
  /**
   * Added instead when the paste shows only a tool of the same family as one of the page's: a Claude Code
   * paste on a Claude API page is plausible (Claude Code prints the API's errors), but a page for Claude
   * Code itself fits it better.
   */
  familyToolBonus: 0.04,
} as const;
