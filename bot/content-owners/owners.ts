// Who keeps the knowledge current: Entra object ids from CONTENT_OWNERS. Decided from the Entra id Teams
// sends with each activity, never from a display name.
export interface OwnerActor {
  userKey: string;
  aadObjectId?: string;
}

/** Only the Entra object id counts (it is set on Teams traffic only): a bare `from.id` could be anyone's. */
export function isContentOwner(owners: readonly string[], actor: OwnerActor): boolean {
  return Boolean(actor.aadObjectId) && owners.includes(actor.aadObjectId!);
}
