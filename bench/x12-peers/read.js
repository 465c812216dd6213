#!/usr/bin/env node
// Runs one npm 835 reader over one file in this process and prints what bench/x12-peers/run records, as
// properties on standard output (the same keys as the Java ReadRemittances): the counts of CLP and SVC segments
// and of CAS adjustments (reason codes) and the sum of CLP04, the read time measured inside the process (Node start excluded), the V8 heap
// limit and the peak resident set.
//
// Usage: node read.js READER FILE.835   READER: x12-parser | node-x12-stream | node-x12-object
//        node read.js --list          (id, streaming or whole-file, label)
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');

const READERS = {
  'x12-parser': {
    label: 'npm x12-parser 1.3.0, segment stream',
    read: readX12Parser,
  },
  'node-x12-stream': {
    label: 'npm node-x12 1.7.1, stream parser',
    read: readNodeX12Stream,
  },
  'node-x12-object': {
    label: 'npm node-x12 1.7.1, object model (parse)',
    wholeFile: true, // parse() takes the whole file as one string
    read: readNodeX12Object,
  },
};

/** X12 R (decimal) value to a BigInt of cents, exactly; refuses more than 2 decimals rather than round. */
function cents(text, where) {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (m === null || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw new Error(`${where}: '${text}' is no decimal number; expected an X12 R value such as 123.45`);
  }
  const frac = (m[3] || '').replace(/0+$/, '');
  if (frac.length > 2) {
    throw new Error(`${where}: '${text}' has more than 2 decimals; expected an amount in cents`);
  }
  const v = BigInt(m[2] || '0') * 100n + BigInt((frac + '00').slice(0, 2));
  return m[1] === '-' ? -v : v;
}

function formatCents(v) {
  const neg = v < 0n;
  const a = neg ? -v : v;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

class Tally {
  constructor() {
    this.claims = 0;
    this.serviceLines = 0;
    this.adjustments = 0;
    this.paid = 0n;
  }

  /** tag, CLP04 when a CLP, the number of CAS reason codes (CAS02, 05, … 17) when a CAS. */
  segment(tag, clp04, casReasons) {
    if (tag === 'CLP') {
      this.claims++;
      if (clp04) this.paid += cents(clp04, `CLP ${this.claims} CLP04`);
    } else if (tag === 'SVC') {
      this.serviceLines++;
    } else if (tag === 'CAS') {
      this.adjustments += casReasons;
    }
  }
}

function readX12Parser(file) {
  const { X12parser } = require('x12-parser');
  const tally = new Tally();
  return new Promise((resolve, reject) => {
    const parser = new X12parser();
    parser.on('error', reject);
    parser.on('data', (seg) => {
      let reasons = 0;
      if (seg.name === 'CAS') {
        for (let i = 2; i <= 17; i += 3) if (seg[String(i)]) reasons++;
      }
      tally.segment(seg.name, seg.name === 'CLP' ? seg['4'] : undefined, reasons);
    });
    parser.on('end', () => resolve({ tally, errors: 0 }));
    fs.createReadStream(file).on('error', reject).pipe(parser);
  });
}

function nodeX12Segment(tally, seg) {
  const clp04 = seg.tag === 'CLP' && seg.elements.length > 3 ? seg.elements[3].value : undefined;
  let reasons = 0;
  if (seg.tag === 'CAS') {
    for (let i = 2; i <= 17; i += 3) if (seg.elements.length >= i && seg.elements[i - 1].value) reasons++;
  }
  tally.segment(seg.tag, clp04, reasons);
}

function readNodeX12Stream(file) {
  const { X12Parser } = require('node-x12');
  const tally = new Tally();
  return new Promise((resolve, reject) => {
    const parser = new X12Parser();
    parser.on('error', reject);
    parser.on('data', (seg) => nodeX12Segment(tally, seg));
    parser.on('end', () => resolve({ tally, errors: parser.diagnostics.length, diagnostics: parser.diagnostics }));
    fs.createReadStream(file).on('error', reject).pipe(parser);
  });
}

function readNodeX12Object(file) {
  const { X12Parser } = require('node-x12');
  const tally = new Tally();
  const parser = new X12Parser(true); // strict, as the library's README parses
  const parsed = parser.parse(fs.readFileSync(file, 'utf8'));
  const interchanges = Array.isArray(parsed.interchanges) ? parsed.interchanges : [parsed];
  for (const interchange of interchanges) {
    for (const group of interchange.functionalGroups) {
      for (const transaction of group.transactions) {
        for (const seg of transaction.segments) nodeX12Segment(tally, seg);
      }
    }
  }
  return Promise.resolve({ tally, errors: parser.diagnostics.length, diagnostics: parser.diagnostics });
}

async function main() {
  const [id, file] = process.argv.slice(2);
  if (id === '--list') {
    for (const [key, r] of Object.entries(READERS)) console.log(`${key}\t${r.wholeFile ? 'whole-file' : 'streaming'}\t${r.label}`);
    return;
  }
  const reader = READERS[id];
  if (!reader || !file) {
    console.error(`usage: node read.js READER FILE.835   (READER: ${Object.keys(READERS).join(', ')})`);
    process.exit(2);
  }
  if (!fs.existsSync(file)) {
    console.error(`read.js: ${file}: no such file; expected an 835 from GenerateRemittances`);
    process.exit(2);
  }
  const out = (k, v) => process.stdout.write(`${k}=${v}\n`);
  out('reader', id);
  out('label', reader.label);
  out('bytes', fs.statSync(file).size);
  out('heapMaxMB', Math.floor(v8.getHeapStatistics().heap_size_limit / 1e6));
  const t0 = process.hrtime.bigint();
  let result;
  try {
    result = await reader.read(file);
  } catch (e) {
    out('failure', `${e.name}: ${String(e.message).replace(/\n/g, ' ')}`);
    process.exit(1);
  }
  out('seconds', (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(3));
  out('errors', result.errors);
  if (result.diagnostics && result.diagnostics.length > 0) {
    out('firstError', String(result.diagnostics[0].message).replace(/\n/g, ' '));
  }
  out('vmHwmKB', process.resourceUsage().maxRSS);
  out('claims', result.tally.claims);
  out('serviceLines', result.tally.serviceLines);
  out('adjustments', result.tally.adjustments);
  out('paid', formatCents(result.tally.paid));
}

main();
