import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Locking forgets the key and reloads the page: both are spies here, so the test sees them asked for.
const forgetKey = vi.hoisted(() => vi.fn())
vi.mock('@/db/lock', () => ({ forgetKey }))
const reload = vi.fn()

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
  document.dispatchEvent(new Event('visibilitychange'))
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('location', { reload })
  reload.mockClear()
  forgetKey.mockClear()
})
afterEach(async () => {
  const { stopAutoLock } = await import('@/lock/auto-lock')
  stopAutoLock()
  Reflect.deleteProperty(document, 'visibilityState')
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('auto-lock (issue 11, item 2)', () => {
  it('locks after the idle time without use, and not before; each use starts the time again', async () => {
    const { startAutoLock } = await import('@/lock/auto-lock')
    startAutoLock(5 * 60_000)
    vi.advanceTimersByTime(4 * 60_000)
    window.dispatchEvent(new Event('keydown'))
    vi.advanceTimersByTime(4 * 60_000)
    expect(reload).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000 + 15_000)
    expect(forgetKey).toHaveBeenCalledOnce()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('locks when the app comes back after being hidden that long, even if no timer ran meanwhile', async () => {
    const { startAutoLock } = await import('@/lock/auto-lock')
    startAutoLock(60_000)
    setVisibility('hidden')
    // A hidden page's timers may not run at all: only the clock moves.
    vi.setSystemTime(Date.now() + 2 * 60_000)
    expect(reload).not.toHaveBeenCalled()
    setVisibility('visible')
    expect(forgetKey).toHaveBeenCalledOnce()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does not lock when the app comes back before the idle time, nor once stopped (the lock turned off)', async () => {
    const { startAutoLock, stopAutoLock } = await import('@/lock/auto-lock')
    startAutoLock(5 * 60_000)
    setVisibility('hidden')
    vi.setSystemTime(Date.now() + 60_000)
    setVisibility('visible')
    expect(reload).not.toHaveBeenCalled()
    stopAutoLock()
    vi.advanceTimersByTime(60 * 60_000)
    expect(reload).not.toHaveBeenCalled()
  })
})
