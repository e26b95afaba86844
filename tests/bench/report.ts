/** Prints one benchmark figure on its own line, so `npm run bench` reads as a table. */
export function report(label: string, figure: string): void {
  console.log(`  ${label.padEnd(46)} ${figure}`)
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
