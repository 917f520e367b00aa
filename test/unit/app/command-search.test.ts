import { describe, expect, it } from 'vitest';
import { scoreCommand } from '../../../src/app/command-search';
import { paletteMatches } from '../../../src/app/record-search';
import { createCommands } from '../../../src/app/commands';

const commands = createCommands({
  navigate: () => undefined,
  openNewForm: () => undefined,
  loadDemoData: () => Promise.resolve(),
  setThemePreference: () => Promise.resolve(),
  startTimer: () => Promise.resolve(),
  stopTimer: () => Promise.resolve(),
  continueLastEntry: () => Promise.resolve(),
});

const titles = (query: string) => paletteMatches(commands, [], query).map((command) => command.title);

describe('paletteMatches over commands alone', () => {
  it('lists every command in registry order when nothing is typed', () => {
    expect(titles('')).toEqual(commands.map((command) => command.title));
    expect(titles('   ')).toHaveLength(commands.length);
  });

  it('finds a screen by the start of its name, ignoring case', () => {
    expect(titles('CLI')[0]).toBe('Go to Clients');
    expect(titles('inv')[0]).toBe('Go to Invoices');
  });

  it('ranks a title that starts with the query above one that merely contains a word starting with it', () => {
    const ranked = titles('s');
    expect(ranked[0]).toBe('Switch to dark theme');
    expect(ranked.indexOf('Switch to light theme')).toBeLessThan(ranked.indexOf('Go to Settings'));
  });

  it('matches keywords, so "billing" leads to Invoices and "backup" to Data', () => {
    expect(titles('billing')).toEqual(['Go to Invoices']);
    expect(titles('backup')).toEqual(['Go to Data']);
  });

  it('needs every typed word to match when several are typed', () => {
    expect(titles('go pay')).toEqual(['Go to Payments']);
    expect(titles('dark theme')[0]).toBe('Switch to dark theme');
  });

  it('accepts letters in order as a last resort, below real word matches', () => {
    expect(titles('gtdsh')).toEqual(['Go to Dashboard']);
    const ranked = titles('dat');
    expect(ranked[0]).toBe('Go to Data');
    expect(ranked).toContain('Load demo data');
  });

  it('returns nothing when no command fits', () => {
    expect(titles('zzzz')).toEqual([]);
  });

  it('keeps the registry order between equally good matches', () => {
    const ranked = titles('go to');
    const navigationTitles = commands.filter((command) => command.section === 'Navigation').map((command) => command.title);
    expect(ranked.slice(0, navigationTitles.length)).toEqual(navigationTitles);
  });
});

describe('scoreCommand', () => {
  const clients = { title: 'Go to Clients', keywords: ['customers'], section: 'Navigation' };

  it('scores better matches higher', () => {
    const prefix = scoreCommand(clients, 'go to c');
    const word = scoreCommand(clients, 'clients');
    const keyword = scoreCommand(clients, 'cust');
    const scattered = scoreCommand(clients, 'gtcl');
    expect(prefix).not.toBeNull();
    expect(word).not.toBeNull();
    expect(keyword).not.toBeNull();
    expect(scattered).not.toBeNull();
    expect(prefix ?? 0).toBeGreaterThan(word ?? 0);
    expect(word ?? 0).toBeGreaterThan(keyword ?? 0);
    expect(keyword ?? 0).toBeGreaterThan(scattered ?? 0);
  });

  it('ignores accents in what is typed', () => {
    expect(scoreCommand(clients, 'clíents')).toBe(scoreCommand(clients, 'clients'));
  });

  it('returns null for letters out of order', () => {
    expect(scoreCommand(clients, 'stneilc')).toBeNull();
  });
});
