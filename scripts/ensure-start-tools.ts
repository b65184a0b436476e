import { ensureSystemPackages, java } from './system-packages.js';

// `npm start` runs DynamoDB Local, which needs Java 17+: install it where we may, else say how and stop.
if (!ensureSystemPackages([java])) process.exit(1);
