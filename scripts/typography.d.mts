export const NBSP: string
export const NNBSP: string
/** The app's languages, and German, which only the letters are written in. */
export type Language = 'fr' | 'nl' | 'en' | 'de'
export type Tree = { [key: string]: string | Tree }
export function fixTypography(message: string, language: Language): string
export function messagesOf(tree: Tree, prefix?: string): [string, string][]
export function fixTree(tree: Tree, language: Language): Tree
