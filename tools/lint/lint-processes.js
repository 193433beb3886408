#!/usr/bin/env node
// Lints every processes/*.bpmn with Camunda Modeler's rules (.bpmnlintrc next to this file) and exits
// non-zero on any error, so the Maven build (phase process-test-classes) fails. Run it by hand with
// `npm ci && npm run lint` in tools/lint.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

// bpmnlint and its plugins are ES modules loaded with require(), which Node.js does unflagged since 20.19 and 22.12
const [ major, minor ] = process.versions.node.split('.').map(Number);
if (!((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23)) {
  console.error(`bpmnlint needs Node.js 20.19 or later (22.12 or later on 22), this is ${process.version}. `
    + 'Debian 13: apt-get install nodejs npm; Debian 12 ships Node.js 18, too old: install Node.js 20 or 22 '
    + 'from nodejs.org or NodeSource instead.');
  process.exit(1);
}

const here = __dirname;
const processes = path.resolve(here, '..', '..', 'processes');

const models = fs.readdirSync(processes)
  .filter(file => file.endsWith('.bpmn'))
  .sort()
  .map(file => path.relative(here, path.join(processes, file)));

if (models.length === 0) {
  console.error(`bpmnlint: no .bpmn files in ${processes}`);
  process.exit(1);
}

// the bpmnlint command line itself: it reads .bpmnlintrc (and its moddle extensions) from the working directory
const cli = require.resolve('bpmnlint/bin/bpmnlint.js', { paths: [ here ] });
const result = spawnSync(process.execPath, [ cli, ...models ], { cwd: here, stdio: 'inherit' });

if (result.error) {
  throw result.error;
}
if (result.status !== 0) {
  console.error(`bpmnlint found errors in processes/ (rules: tools/lint/.bpmnlintrc); fix the models in Camunda Modeler`);
  process.exit(result.status || 1);
}
console.log(`bpmnlint: ${models.length} models clean (${models.map(m => path.basename(m)).join(', ')})`);
