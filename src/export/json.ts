import { readData, SCHEMA_VERSION, type GoalData } from '../models/document.js';
import { migrate } from '../models/migrations.js';
import { isSafeKey } from '../models/paths.js';

/** The format name every goalkit JSON export carries. */
export const FORMAT = 'goalkit';
/** Imports larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Objects and arrays nested deeper than this are refused. */
export const MAX_DEPTH = 16;

/** A JSON export: a versioned document that Import accepts back. */
export interface ExportDocument {
  format: typeof FORMAT;
  version: number;
  exported: string;
  /** The page title and the element (or workspace) it came from, for people reading it. */
  title: string;
  source: { widget: string; storageKey: string };
  data: Partial<GoalData>;
}

export function exportDocument(
  data: Partial<GoalData>,
  source: ExportDocument['source'],
  title: string,
  now = new Date(),
): ExportDocument {
  return { format: FORMAT, version: SCHEMA_VERSION, exported: now.toISOString(), title, source, data };
}

/** Why a file, or a part of it, cannot be imported: keys of the strings table's `common` section. */
export type ImportProblemCode =
  | 'importTooLarge'
  | 'importNotJson'
  | 'importNotGoalkit'
  | 'importNewer'
  | 'importTooDeep'
  | 'importBadKey'
  | 'importLeftOut';

export interface ImportProblem {
  code: ImportProblemCode;
  /** Where, in the file, for `importBadKey` and `importLeftOut`. */
  path?: string;
}

export interface ImportResult {
  /** Validated data, or undefined when the file cannot be used at all. */
  data?: GoalData;
  /** Parts that will not be imported, or why nothing can be. */
  problems: ImportProblem[];
}

class Refused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

/** Walks parsed JSON: refuses keys that reach prototypes and nesting that goes too deep. */
function check(value: unknown, depth: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_DEPTH) throw new Refused({ code: 'importTooDeep' });
  for (const key of Object.keys(value)) {
    if (!isSafeKey(key)) throw new Refused({ code: 'importBadKey', path: key });
    check((value as Record<string, unknown>)[key], depth + 1);
  }
}


/**
 * Reads a goalkit JSON export. Validates everything; never merges into live objects (it
 * builds fresh ones), so `__proto__` and friends cannot reach a prototype.
 */
export function readImport(text: string): ImportResult {
  try {
    if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
      throw new Refused({ code: 'importTooLarge' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Refused({ code: 'importNotJson' });
    }
    check(parsed, 0);
    const doc = parsed as Partial<ExportDocument>;
    if (typeof doc !== 'object' || doc === null || doc.format !== FORMAT || typeof doc.version !== 'number') {
      throw new Refused({ code: 'importNotGoalkit' });
    }
    if (doc.version > SCHEMA_VERSION) throw new Refused({ code: 'importNewer' });
    const { data, setAside } = readData(migrate(doc.data, doc.version));
    return {
      data,
      problems: setAside.map((part) => ({ code: 'importLeftOut', path: part.path.join(' › ') })),
    };
  } catch (error) {
    return { problems: [error instanceof Refused ? error.problem : { code: 'importNotGoalkit' }] };
  }
}
