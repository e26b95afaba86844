import { afterEach, describe, expect, it, vi } from 'vitest'
import { installTrustedTypes, isOwnWorker } from '@/trusted-types'

describe('the default Trusted Types policy', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('trusts the app’s own service worker address only', () => {
    const origin = 'https://isip.example'
    expect(isOwnWorker('/sw.js', origin)).toBe(true)
    expect(isOwnWorker(`${origin}/sw.js`, origin)).toBe(true)
    for (const other of ['https://evil.example/sw.js', '//evil.example/sw.js', '/sw.js?x=1', '/assets/sw.js', '/other.js', 'data:text/javascript,alert(1)', 'javascript:alert(1)']) {
      expect(isOwnWorker(other, origin), other).toBe(false)
    }
  })

  it('is made once, with a script-URL rule and nothing for HTML or scripts', () => {
    const createPolicy = vi.fn()
    vi.stubGlobal('trustedTypes', { createPolicy, defaultPolicy: null })
    installTrustedTypes()
    expect(createPolicy).toHaveBeenCalledTimes(1)
    const [name, rules] = createPolicy.mock.calls[0] as [string, Record<string, (input: string) => string | null>]
    expect(name).toBe('default')
    expect(Object.keys(rules)).toEqual(['createScriptURL'])
    expect(rules.createScriptURL?.('/sw.js')).toBe('/sw.js')
    expect(rules.createScriptURL?.('https://evil.example/x.js')).toBeNull()
    vi.stubGlobal('trustedTypes', { createPolicy, defaultPolicy: {} })
    installTrustedTypes()
    expect(createPolicy).toHaveBeenCalledTimes(1)
  })

  it('does nothing where the browser has no Trusted Types', () => {
    vi.stubGlobal('trustedTypes', undefined)
    expect(() => installTrustedTypes()).not.toThrow()
  })
})
