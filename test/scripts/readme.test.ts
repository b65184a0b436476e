import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoFunds, demoUsers } from '../../functions/local/demo/demo-funds.js';

const root = resolve(import.meta.dirname, '../..');
const documents = ['README.md', 'docs/proof.md', 'docs/deploy.md'];

/** Markdown links and their targets, code spans left out. */
const linksOf = (text: string) => [...text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

describe('the README and the docs', () => {
  it.each(documents)('%s links only to files inside the repository', (document) => {
    const text = readFileSync(resolve(root, document), 'utf8');
    for (const link of linksOf(text)) {
      expect(link, `${document}: ${link} leaves the repository`).not.toMatch(/^[a-z]+:/i);
      const target = resolve(dirname(resolve(root, document)), link.split('#')[0]!);
      expect(relative(root, target).startsWith('..'), `${document}: ${link} leaves the repository`).toBe(false);
      expect(existsSync(target), `${document}: ${link} does not exist`).toBe(true);
    }
  });

  it('names every demo user with their organisation, for both funds', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    for (const user of demoUsers) {
      const organisation = demoFunds.flatMap((f) => f.organisations).find((o) => o.id === user.organisationId)!.name.replace(' (demo)', '');
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${user.userId}\` |`));
      expect(row, `${user.userId} has no row in the README`).toBeDefined();
      // The long municipal name may be shortened after its first words ("Gemeente, WPI").
      expect(row!, user.userId).toContain(organisation.split(',')[0]!);
    }
  });
});
