import type { Tree } from './typography.mjs'
export const RIGHTS_PREFIXES: string[]
export const MAX_WORDS: number
export function sentencesOf(message: string): string[]
export function wordCount(sentence: string): number
export function longSentences(
  tree: Tree,
  options?: { prefixes?: string[]; max?: number },
): [string, number, string][]
