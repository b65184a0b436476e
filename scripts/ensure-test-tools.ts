import { chromium, ensureSystemPackages, java, themeFonts } from './system-packages.js';

// `npm test` needs Java (DynamoDB Local) and Chromium (the browser walk): bring them where we may.
// Without them the suite still runs and says what is missing: CI fails on it, a laptop skips the walk.
ensureSystemPackages([java, chromium, themeFonts]);
