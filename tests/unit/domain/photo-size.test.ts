import { describe, expect, it } from 'vitest'
import { fitWithin, PHOTO_LONGEST_SIDE } from '@/domain/photo-size'

describe('the size a photo of a letter is kept at', () => {
  it.each([
    { name: 'a 12-megapixel portrait photo', from: [3000, 4000], to: [1200, 1600] },
    { name: 'a landscape photo', from: [4032, 3024], to: [1600, 1200] },
    { name: 'a square photo', from: [2000, 2000], to: [1600, 1600] },
    { name: 'a long thin scan, its short side rounded', from: [1000, 7001], to: [229, 1600] },
    { name: 'a picture already small is not enlarged', from: [800, 600], to: [800, 600] },
    { name: 'a picture exactly at the limit stays', from: [1600, 900], to: [1600, 900] },
    { name: 'a sliver keeps at least one pixel', from: [10, 100000], to: [1, 1600] },
  ])('$name: $from → $to', ({ from, to }) => {
    const [width, height] = from as [number, number]
    expect(fitWithin(width, height)).toEqual({ width: to[0], height: to[1] })
    const fitted = fitWithin(width, height)
    expect(Math.max(fitted.width, fitted.height)).toBeLessThanOrEqual(PHOTO_LONGEST_SIDE)
  })

  it('takes another longest side', () => {
    expect(fitWithin(4000, 3000, 400)).toEqual({ width: 400, height: 300 })
  })

  it('refuses a size that is not one', () => {
    for (const [w, h] of [[0, 100], [100, -1], [Number.NaN, 10], [Infinity, 10]] as const) expect(() => fitWithin(w, h)).toThrow(RangeError)
  })
})
