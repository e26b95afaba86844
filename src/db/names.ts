/** The names of the app's databases, in a module of their own: the start (desk-leftover.ts) must not load Dexie. */
export const DB_NAME = 'isip-own'
/** A session on a shared device keeps its data in a database of its own (issue 11, item 5: src/db/desk.ts). */
export const DESK_DB_NAME = 'isip-own-desk'
