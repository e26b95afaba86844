/** A new random id: records are created offline on the device, so ids must not depend on a server. */
export function newId(): string {
  return crypto.randomUUID()
}

/** The current instant, ISO. Only for audit fields (createdAt, updatedAt), never for calendar dates. */
export function nowIso(): string {
  return new Date().toISOString()
}
