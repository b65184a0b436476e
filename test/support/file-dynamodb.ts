import { afterAll } from 'vitest';
import { stopFileDynamoDb } from './test-store.js';

// Registered before the file's own hooks, so it runs after them: the file's servers stop first.
afterAll(stopFileDynamoDb);
