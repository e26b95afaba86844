import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ts from 'typescript'
import { compileScript, compileTemplate, parse } from 'vue/compiler-sfc'

/**
 * The message keys a screen can show, found statically in its module graph.
 *
 * From a root module (a route's component), every `import` of a .vue or .ts file under src/ is followed: static
 * imports and re-exports (not type-only ones), `import()` and so `defineAsyncComponent(() => import(...))`. Each
 * module is read as TypeScript (a .vue file compiled with its template inlined, so template expressions are code
 * too), and every string that looks like a message key is collected: a string literal `ns.x.y`, or the literal head
 * of a template literal (`` `reminders.${kind}.label` `` gives `reminders.`), where `ns` is a top-level key of
 * locales/en.json. That covers `t('x.y')`, `titleKey: 'x.y'`, `{ key: 'nav.today' }` and keys built by helpers
 * from a literal prefix. A key whose namespace cannot be read from the code (`` t(`${ns}.title`) ``, `t(a + b)`,
 * a template literal shaped `${x}.y`) is reported as hidden, so no key escapes the check.
 *
 * An `import()` made in a function that also calls `loadMessagePart('p')` (the rules engine in
 * src/stores/reminders.ts, whose words load with it) brings its modules with part `p`: what is reached only
 * through it may use core or `p`. A part such a call loads counts as loaded for the route whose graph makes it.
 */

export type Files = { read(file: string): string | undefined }

/** Reads the real src/ tree. */
export const diskFiles = (root: string): Files => ({
  read: (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined),
})

export interface ModuleScan {
  /** Complete literal keys (`plan.title`) and literal prefixes of built keys (`plan.errors.`). */
  keys: { text: string; complete: boolean }[]
  /** Key expressions whose namespace the code does not show. */
  hidden: string[]
  /** Imports to follow: the module specifier, and the parts the import comes with (an `import()` next to `loadMessagePart`). */
  imports: { specifier: string; withParts: string[] }[]
}

const KEYISH = /^[a-z][a-z0-9_]*\.[a-z0-9_.]*$/
/** Functions that take a message key first. */
const TRANSLATE = new Set(['t', '$t', 'te', 'tm', 'rt'])

/** The TypeScript source of a module (a .vue file compiled, its template as a render function). */
function moduleCode(file: string, source: string): string {
  if (!file.endsWith('.vue')) return source
  const { descriptor, errors } = parse(source, { filename: file })
  if (errors.length > 0) throw new Error(`${file}: ${String(errors[0])}`)
  const id = file.replace(/\W/g, '_')
  if (descriptor.scriptSetup) return compileScript(descriptor, { id, inlineTemplate: true }).content
  const lang = descriptor.script?.lang
  const template = descriptor.template
    ? compileTemplate({
        source: descriptor.template.content,
        filename: file,
        id,
        compilerOptions: { expressionPlugins: lang === 'ts' ? ['typescript'] : [] },
      }).code
    : ''
  return `${descriptor.script?.content ?? ''}\n${template}`
}

/** What the locales hold: their top-level keys (the namespaces) and every leaf key. */
export interface KnownKeys {
  namespaces: ReadonlySet<string>
  leaves: ReadonlySet<string>
}

/** Scans one module's code for message keys and imports. */
export function scanModule(file: string, source: string, known: KnownKeys): ModuleScan {
  const code = moduleCode(file, source)
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const scan: ModuleScan = { keys: [], hidden: [], imports: [] }
  const isKey = (text: string) => KEYISH.test(text) && known.namespaces.has(text.slice(0, text.indexOf('.')))
  /** `.title` in `${x}.title`: the rest of a key (so `${name}.json` is no key, and `${ns}.title` is). */
  const continuesKey = (text: string) => {
    const rest = /^\.([a-z0-9_.]+)/.exec(text)?.[1]
    return rest !== undefined && [...known.leaves].some((leaf) => leaf.includes(`.${rest}`))
  }
  const where = (node: ts.Node) => `${file} ${node.getText().slice(0, 80)}`

  /** The parts loaded with `loadMessagePart('p')` in the function around an `import()`. */
  function partsLoadedAround(node: ts.Node): string[] {
    let scope: ts.Node | undefined = node.parent
    while (scope && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent
    const parts: string[] = []
    const visit = (n: ts.Node) => {
      if (
        ts.isCallExpression(n) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'loadMessagePart'
      ) {
        const [arg] = n.arguments
        if (arg && ts.isStringLiteralLike(arg)) parts.push(arg.text)
      }
      ts.forEachChild(n, visit)
    }
    if (scope && !ts.isSourceFile(scope)) visit(scope)
    return parts
  }

  /** A key argument whose namespace the code does not show. */
  function checkKeyArgument(arg: ts.Expression): void {
    if (ts.isParenthesizedExpression(arg) || ts.isAsExpression(arg)) return checkKeyArgument(arg.expression)
    if (ts.isTemplateExpression(arg) && !isKey(arg.head.text)) scan.hidden.push(where(arg))
    if (ts.isBinaryExpression(arg) && arg.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      let left: ts.Expression = arg
      while (ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.PlusToken)
        left = left.left
      if (!(ts.isStringLiteralLike(left) && isKey(left.text))) scan.hidden.push(where(arg))
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const specifier = node.moduleSpecifier
      if (specifier && ts.isStringLiteral(specifier) && !isTypeOnly(node))
        scan.imports.push({ specifier: specifier.text, withParts: [] })
      return
    }
    if (ts.isCallExpression(node)) {
      const [arg] = node.arguments
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        if (arg && ts.isStringLiteralLike(arg))
          scan.imports.push({ specifier: arg.text, withParts: partsLoadedAround(node) })
        else scan.hidden.push(where(node))
        return
      }
      if (arg && TRANSLATE.has(calleeName(node.expression) ?? '')) checkKeyArgument(arg)
    }
    if (ts.isStringLiteralLike(node) && isKey(node.text))
      scan.keys.push({ text: node.text, complete: !node.text.endsWith('.') })
    if (ts.isTemplateExpression(node)) {
      if (isKey(node.head.text)) scan.keys.push({ text: node.head.text, complete: false })
      // `${x}.title`: a key whose namespace is a value.
      else if (node.head.text === '' && continuesKey(node.templateSpans[0]?.literal.text ?? ''))
        scan.hidden.push(where(node))
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return scan
}

/** `t`, for `t(...)`, `i18n.global.t(...)` and a template's `_unref(t)(...)` / `_ctx.$t(...)`. */
function calleeName(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  if (
    ts.isCallExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    /unref$/.test(callee.expression.text) &&
    callee.arguments.length === 1
  ) {
    return calleeName(callee.arguments[0]!)
  }
  return undefined
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly
  const clause = node.importClause
  if (!clause) return false // a side-effect import
  if (clause.isTypeOnly) return true
  const named = clause.namedBindings
  return (
    !clause.name &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((e) => e.isTypeOnly)
  )
}

/** The src/ file an import names, or undefined for a package or a non-code file. */
export function resolveImport(from: string, specifier: string, files: Files): string | undefined {
  const bare = specifier.replace(/\?.*$/, '')
  let base: string
  if (bare.startsWith('@/')) base = join('src', bare.slice(2))
  else if (bare.startsWith('.')) base = join(dirname(from), bare)
  else return undefined
  if (!base.startsWith('src/')) return undefined
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (/\.(ts|vue)$/.test(candidate) && files.read(candidate) !== undefined) return candidate
  }
  return undefined
}

export interface GraphModule {
  file: string
  scan: ModuleScan
  /** The parts it comes with when reached only through `import()`s that load a part; undefined when reached plainly. */
  withParts?: ReadonlySet<string>
}

/**
 * The modules reachable from `root`, each with how it is reached. `skip` names modules not to enter (the routes
 * module: its lazy route components are other screens, checked on their own).
 */
export function moduleGraph(
  root: string,
  files: Files,
  known: KnownKeys,
  skip: ReadonlySet<string> = new Set(),
): GraphModule[] {
  const scans = new Map<string, ModuleScan>()
  const scanOf = (file: string): ModuleScan => {
    let scan = scans.get(file)
    if (!scan) {
      const source = files.read(file)
      if (source === undefined) throw new Error(`Cannot read ${file}`)
      scan = scanModule(file, source, known)
      scans.set(file, scan)
    }
    return scan
  }
  // Plain reach first; then what only part-loading imports reach, with the parts that come along (every way there
  // must be satisfied, so the parts of different ways are intersected).
  const plain = new Set<string>()
  const viaPart = new Map<string, Set<string>>()
  const pending: { file: string; parts?: Set<string> }[] = [{ file: root }]
  while (pending.length > 0) {
    const { file, parts } = pending.pop()!
    if (skip.has(file)) continue
    if (parts === undefined) {
      if (plain.has(file)) continue
      plain.add(file)
    } else {
      const known = viaPart.get(file)
      if (known && [...known].every((p) => parts.has(p))) continue
      viaPart.set(file, known ? new Set([...known].filter((p) => parts.has(p))) : parts)
    }
    const here = parts === undefined ? undefined : viaPart.get(file)
    for (const { specifier, withParts } of scanOf(file).imports) {
      const target = resolveImport(file, specifier, files)
      if (!target) continue
      const next = withParts.length === 0 ? here : new Set([...(here ?? []), ...withParts])
      pending.push({ file: target, parts: next })
    }
  }
  return [
    ...[...plain].map((file) => ({ file, scan: scanOf(file) })),
    ...[...viaPart]
      .filter(([file]) => !plain.has(file))
      .map(([file, withParts]) => ({ file, scan: scanOf(file), withParts })),
  ]
}

/** Every leaf key of a locale file as `a.b.c`, and every inner path (`a.b`). */
export function localePaths(
  tree: Record<string, unknown>,
  prefix = '',
): { leaves: Set<string>; inner: Set<string> } {
  const leaves = new Set<string>()
  const inner = new Set<string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') leaves.add(path)
    else {
      inner.add(path)
      const below = localePaths(value as Record<string, unknown>, path)
      below.leaves.forEach((l) => leaves.add(l))
      below.inner.forEach((i) => inner.add(i))
    }
  }
  return { leaves, inner }
}

export interface Screen {
  /** What is checked, for the messages: a route's name, or "the app shell". */
  name: string
  root: string
  /** The lazy parts the route declares (`meta.messageParts`). */
  declared: readonly string[]
  /** Keys named outside the graph (the route's `meta.titleKey`). */
  extraKeys?: readonly string[]
}

/**
 * The problems of one screen: a key in a part it does not load, a key that does not exist, a key that is hidden.
 * `partOf` gives the lazy part of a namespace (undefined: core).
 */
export function screenProblems(
  screen: Screen,
  files: Files,
  locale: Record<string, unknown>,
  partOf: (namespace: string) => string | undefined,
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const { leaves, inner } = localePaths(locale)
  const graph = moduleGraph(screen.root, files, { namespaces: new Set(Object.keys(locale)), leaves }, skip)
  // A part a module of the graph loads itself (`loadMessagePart('explain')` with the rules engine) is loaded for it.
  const loadedByGraph = new Set(graph.flatMap((m) => m.scan.imports.flatMap((i) => i.withParts)))
  const available = new Set([...screen.declared, ...loadedByGraph])
  const problems: string[] = []
  /** A complete key must be a message or a group of them (a prefix a helper extends); a prefix must start one. */
  const check = (file: string, key: { text: string; complete: boolean }, allowed: ReadonlySet<string>) => {
    const part = partOf(key.text.slice(0, key.text.indexOf('.')))
    if (part !== undefined && !allowed.has(part))
      problems.push(
        `${screen.name}: "${key.text}" (${file}) is in part "${part}", not loaded (declared: ${[...screen.declared].join(', ') || 'none'})`,
      )
    const exists = key.complete
      ? leaves.has(key.text) || inner.has(key.text)
      : [...leaves].some((l) => l.startsWith(key.text))
    if (!exists) problems.push(`${screen.name}: "${key.text}" (${file}) is no key of locales/en.json`)
  }
  // The route's own keys (its title) show with it, so they must be in what the route declares.
  for (const key of screen.extraKeys ?? []) {
    if (leaves.has(key)) check('route meta', { text: key, complete: true }, new Set(screen.declared))
    else problems.push(`${screen.name}: "${key}" (route meta) is no message of locales/en.json`)
  }
  for (const module of graph) {
    for (const key of module.scan.keys) check(module.file, key, module.withParts ?? available)
    for (const hidden of module.scan.hidden)
      problems.push(
        `${screen.name}: ${hidden}: write the key's namespace in the code, so the parts it needs can be checked`,
      )
  }
  return [...new Set(problems)]
}
