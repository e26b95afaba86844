import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT_VERSION } from '@/db/backup'
import { backupFieldTables, backupJsonSchema } from './backup-json-schema'
import { realExport, seedDevice } from './backup-support'

const readme = join(dirname(fileURLToPath(import.meta.url)), '../../../README.md')
const file = join(dirname(fileURLToPath(import.meta.url)), `../../../src/db/backup-format.v${BACKUP_FORMAT_VERSION}.schema.json`)

describe('the JSON Schema of the backup format', () => {
  it('is kept beside the code, as the record kinds make it (UPDATE_SCHEMA=1 writes it)', () => {
    const built = `${JSON.stringify(backupJsonSchema(), null, 2)}\n`
    if (process.env.UPDATE_SCHEMA) writeFileSync(file, built)
    expect(readFileSync(file, 'utf8')).toBe(built)
  })

  it('is documented field by field in the README, as the schema says (UPDATE_SCHEMA=1 writes it)', () => {
    const [start, end] = ['<!-- backup-fields:start -->\n', '<!-- backup-fields:end -->']
    const text = readFileSync(readme, 'utf8')
    const at = text.indexOf(start)
    const until = text.indexOf(end)
    expect(at, 'README.md marks where the field tables go').toBeGreaterThan(0)
    const built = `${start}${backupFieldTables()}${end}`
    if (process.env.UPDATE_SCHEMA) writeFileSync(readme, text.slice(0, at) + built + text.slice(until + end.length))
    expect(readFileSync(readme, 'utf8').slice(at, until + end.length)).toBe(built)
  })

  it('takes a real export, plain and sealed, and refuses an unknown key or a wrong type', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    const validate = ajv.compile(backupJsonSchema())
    await seedDevice()
    const plain = JSON.parse(await realExport()) as { data: { steps: Record<string, unknown>[] } }
    expect(validate(plain), JSON.stringify(validate.errors)).toBe(true)
    expect(validate(JSON.parse(await realExport({ passphrase: 'a passphrase' })))).toBe(true)
    plain.data.steps[0]!.extra = 1
    expect(validate(plain)).toBe(false)
    delete plain.data.steps[0]!.extra
    plain.data.steps[0]!.order = '1'
    expect(validate(plain)).toBe(false)
  })
})
