import type { SiteAddress } from '../page-files/page-files';

/** Where this build's site lives (`SITE_URL`, the base path), for what pages and files address outside Astro's context. */
export const siteAddress: SiteAddress = { url: import.meta.env.SITE, base: import.meta.env.BASE_URL };
