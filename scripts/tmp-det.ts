import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '../src/index.js';
const t = readFileSync('fixtures/general-wire-desalination.txt','utf8');
const fresh = JSON.stringify(extract(t), null, 1);
const files = readdirSync('fixtures').filter(f=>f.endsWith('.txt'));
for (const f of files) { const x = readFileSync('fixtures/'+f,'utf8'); extract(x); for (let k = 0; k < 20; k++) { const i = (k*7919) % x.length; extract(x.slice(0,i) + '\u0000' + x.slice(i)); extract(x.slice(i)); } }
const later = JSON.stringify(extract(t), null, 1);
console.log('after others', fresh === later);
const al = fresh.split('\n'), bl = later.split('\n'); let n=0; for (let i = 0; i < Math.max(al.length, bl.length) && n < 30; i++) if (al[i] !== bl[i]) { n++; console.log(i, al[i], '|', bl[i]); }
