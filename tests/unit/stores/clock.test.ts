import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { todayIso, useClockStore } from '@/stores/clock'

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('the app clock', () => {
  it('writes the local calendar date, not the UTC one', () => {
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
    expect(todayIso(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01')
  })

  it('turns over at midnight while the app stays open, for every store at once', () => {
    vi.setSystemTime(new Date(2026, 11, 31, 23, 59, 30))
    const clock = useClockStore()
    expect(clock.today).toBe('2026-12-31')
    vi.advanceTimersByTime(60_000)
    expect(clock.today).toBe('2027-01-01')
    expect(useClockStore()).toBe(clock)
  })

  it('catches up when the phone wakes and the app comes back to the screen', () => {
    vi.setSystemTime(new Date(2026, 11, 1, 22, 0))
    const clock = useClockStore()
    // A sleeping phone runs no timers: the date jumps without a tick, and showing the app again reads the clock.
    vi.setSystemTime(new Date(2026, 11, 2, 7, 30))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(clock.today).toBe('2026-12-02')
  })
})
