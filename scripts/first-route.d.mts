export interface Bytes {
  raw: number
  gzip: number
}
export function firstRouteFiles(dist?: string): string[]
export function firstRouteSizes(dist?: string): { js: Bytes; css: Bytes; files: string[] }
