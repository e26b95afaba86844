/**
 * The passphrase envelope of a backup file (issue 10): AES-GCM with a 256-bit key derived by PBKDF2-SHA-256 from
 * the passphrase, a random 16-byte salt and a random 12-byte IV. The envelope names every parameter, so a reader
 * can check them before trying; everything else in the file is ciphertext. A forgotten passphrase cannot be
 * recovered: nothing else opens the file.
 */

export const CIPHER = 'AES-GCM'
export const KEY_DERIVATION = 'PBKDF2'
export const KEY_HASH = 'SHA-256'
/** OWASP's figure for PBKDF2-SHA-256 (2023); a file may ask for more, up to MAX_ITERATIONS. */
export const MIN_ITERATIONS = 600_000
/** More would let a hostile file keep a phone busy for minutes. */
export const MAX_ITERATIONS = 10_000_000

export interface Encryption {
  algorithm: typeof CIPHER
  keyLength: 256
  kdf: typeof KEY_DERIVATION
  hash: typeof KEY_HASH
  iterations: number
  /** Base64. */
  salt: string
  /** Base64. */
  iv: string
  /**
   * Base64 of a SHA-256 of key material derived beside the key: tells a wrong passphrase (it differs) from a
   * changed byte in the ciphertext or IV (it matches, and AES-GCM's tag check fails).
   */
  check: string
}

export interface Sealed {
  encryption: Encryption
  /** Base64 of the AES-GCM output (the text and its 16-byte tag). */
  ciphertext: string
}

export function toBase64(bytes: Uint8Array): string {
  let text = ''
  // In slices: a spread of a whole 10-year backup would overflow the call stack.
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(text)
}

/** Undefined when `text` is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined
  const raw = atob(text)
  const bytes = new Uint8Array(raw.length)
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i)
  return bytes
}

/** The AES key (never extractable) and the check of the passphrase, from one PBKDF2 derivation of 512 bits. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<{ key: CryptoKey; check: string }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), KEY_DERIVATION, false, ['deriveBits'])
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: KEY_DERIVATION, hash: KEY_HASH, salt, iterations }, material, 512))
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), { name: CIPHER, length: 256 }, false, ['encrypt', 'decrypt'])
  const check = toBase64(new Uint8Array(await crypto.subtle.digest(KEY_HASH, bits.slice(32))))
  bits.fill(0)
  return { key, check }
}

/** Encrypts `text` under `passphrase`, with a fresh salt and IV. */
export async function seal(text: string, passphrase: string, iterations = MIN_ITERATIONS): Promise<Sealed> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const { key, check } = await deriveKey(passphrase, salt, iterations)
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: CIPHER, iv }, key, new TextEncoder().encode(text)))
  return {
    encryption: { algorithm: CIPHER, keyLength: 256, kdf: KEY_DERIVATION, hash: KEY_HASH, iterations, salt: toBase64(salt), iv: toBase64(iv), check },
    ciphertext: toBase64(ciphertext),
  }
}

/** Why an envelope could not be opened: its parameters are not ours, the passphrase is wrong, or a byte changed. */
export type OpenFailure = 'invalid' | 'wrong-passphrase' | 'damaged'

/**
 * Decrypts a sealed text. A wrong passphrase fails the check; a changed salt does too (it cannot be told from a
 * wrong passphrase); a changed IV or ciphertext passes the check and fails AES-GCM's tag: `damaged`.
 */
export async function open(sealed: Sealed, passphrase: string): Promise<string | OpenFailure> {
  const parameters = envelopeParameters(sealed)
  if (!parameters) return 'invalid'
  const { salt, iv, ciphertext } = parameters
  const derived = await deriveKey(passphrase, salt, sealed.encryption.iterations)
  if (derived.check !== sealed.encryption.check) return 'wrong-passphrase'
  try {
    const plain = await crypto.subtle.decrypt({ name: CIPHER, iv }, derived.key, ciphertext)
    return new TextDecoder('utf-8', { fatal: true }).decode(plain)
  } catch {
    return 'damaged'
  }
}

/** The envelope's bytes when every parameter is exactly ours, else undefined: checked before any key is derived. */
export function envelopeParameters(sealed: Sealed): { salt: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> } | undefined {
  const { encryption } = sealed
  const { iterations } = encryption
  if (
    encryption.algorithm !== CIPHER ||
    encryption.keyLength !== 256 ||
    encryption.kdf !== KEY_DERIVATION ||
    encryption.hash !== KEY_HASH ||
    !Number.isInteger(iterations) ||
    iterations < MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS
  )
    return undefined
  const salt = fromBase64(encryption.salt)
  const iv = fromBase64(encryption.iv)
  const ciphertext = fromBase64(sealed.ciphertext)
  const check = fromBase64(encryption.check)
  if (salt?.length !== 16 || iv?.length !== 12 || check?.length !== 32 || !ciphertext || ciphertext.length < 16) return undefined
  return { salt, iv, ciphertext }
}
