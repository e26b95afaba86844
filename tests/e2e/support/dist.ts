/** The production build the browser tests and benchmarks use: `dist`, or another folder named in E2E_DIST. */
export const DIST = process.env.E2E_DIST ?? 'dist'
