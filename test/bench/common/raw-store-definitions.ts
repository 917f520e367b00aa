/** An index as the raw IndexedDB API creates it. */
export interface RawIndexDefinition {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

/** An object store as the raw IndexedDB API creates it. */
export interface RawStoreDefinition {
  name: string;
  /** null: keys are given outside the records. */
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: RawIndexDefinition[];
}

function keyPathOf(spec: string): string | string[] {
  return spec.startsWith('[') && spec.endsWith(']') ? spec.slice(1, -1).split('+') : spec;
}

/**
 * Reads one of Dexie's store specifications ('id, start, [clientId+start], &importKey, *tags') the way Dexie does:
 * the first item is the primary key ('++' for auto-increment, empty for keys outside the records), the rest are
 * indexes ('&' unique, '*' multi-entry, '[a+b]' compound, named by the specification itself).
 */
export function rawStoreDefinition(name: string, specification: string): RawStoreDefinition {
  const [primary = '', ...indexSpecs] = specification.split(',').map((part) => part.trim());
  const autoIncrement = primary.startsWith('++');
  const primaryPath = primary.replace(/^(\+\+|&)/, '');
  return {
    name,
    keyPath: primaryPath === '' ? null : keyPathOf(primaryPath),
    autoIncrement,
    indexes: indexSpecs
      .filter((spec) => spec !== '')
      .map((spec) => {
        const unique = spec.startsWith('&');
        const multiEntry = spec.startsWith('*');
        const indexName = spec.replace(/^[&*]/, '');
        return { name: indexName, keyPath: keyPathOf(indexName), unique, multiEntry };
      }),
  };
}

/** Every store of a Dexie schema version ({ table: specification }) as raw definitions. */
export function rawStoreDefinitions(schema: Readonly<Record<string, string>>): RawStoreDefinition[] {
  return Object.entries(schema).map(([name, specification]) => rawStoreDefinition(name, specification));
}
