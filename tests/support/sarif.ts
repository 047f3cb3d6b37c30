/**
 * SARIF 2.1.0 logs validated against the standard's JSON schema
 * (sarif-schema-2.1.0.json beside this file: the OASIS schema as Microsoft's
 * SARIF SDK ships it, 2.1.0-rtm.5, unchanged), with a draft-04 validator as
 * the schema asks.
 */

import {readFileSync} from 'node:fs'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const schema = JSON.parse(readFileSync(new URL('sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object
// The schema's one pattern for a language tag (`^[a-zA-Z]{2}|…]?$`) is no valid regular expression with the u flag.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
addFormats(ajv)
const validate = ajv.compile(schema)

/** The schema's complaints about `log`, one line each; none for a valid log. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
}
