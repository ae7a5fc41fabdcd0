/** Who does a change, in which organization, from which request: what every audit entry records. */
export interface Actor {
  organizationId: string;
  userId: string | null;
  /** Display label kept with the event so the log stays readable after the person leaves. */
  label: string | null;
  requestId: string | null;
  clientIp: string | null;
}

/** An actor for work the system does by itself (jobs, start-up seeding). */
export function systemActor(organizationId: string, label = 'system'): Actor {
  return { organizationId, userId: null, label, requestId: null, clientIp: null };
}
