// Where a section lives: the page the bot serves, and the same page inside the Teams "Procedures" tab.
export function sectionUrl(publicUrl: string, docId: string, slug?: string): string {
  return `${publicUrl}/docs/${encodeURIComponent(docId)}${slug ? `#${encodeURIComponent(slug)}` : ''}`;
}

/** Opens the app in Teams so someone the bot can't reach yet can install it. */
export function appInstallUrl(teamsAppId: string): string {
  return `https://teams.microsoft.com/l/app/${encodeURIComponent(teamsAppId)}`;
}

export const PROCEDURES_TAB_ENTITY_ID = 'procedures';

/** A Teams deep link that opens the personal "Procedures" tab at a section (subEntityId = doc#slug). */
export function tabDeepLink(teamsAppId: string, docId: string, slug?: string): string | undefined {
  if (!teamsAppId) return undefined;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: slug ? `${docId}#${slug}` : docId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${PROCEDURES_TAB_ENTITY_ID}?context=${context}`;
}
