/**
 * An OpenSearch description (https://github.com/dewitt/opensearch/blob/master/opensearch-1-1-draft-6.md):
 * lets a browser add the site as a search engine, so a paste goes from the address bar to `/search/?q=`.
 */
const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function openSearchXml(p: { name: string; description: string; searchUrl: string; iconUrl: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(p.name.slice(0, 16))}</ShortName>
  <Description>${escapeXml(p.description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${escapeXml(p.iconUrl)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(p.searchUrl)}?q={searchTerms}"/>
</OpenSearchDescription>
`;
}
