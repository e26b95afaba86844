export function findBrowser(): string | undefined
export const CHROMIUM_ARGS: string[]
