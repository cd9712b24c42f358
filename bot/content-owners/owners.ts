// Who keeps the knowledge current: Entra object ids from CONTENT_OWNERS. Decided from the Entra id Teams
// sends with each activity, never from a display name.
export interface OwnerActor {
  userKey: string;
  aadObjectId?: string;
}

export function isContentOwner(owners: readonly string[], actor: OwnerActor): boolean {
  const id = actor.aadObjectId || actor.userKey;
  return owners.includes(id);
}
