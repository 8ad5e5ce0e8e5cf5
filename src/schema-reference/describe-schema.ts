import { z } from 'astro/zod';

/*
 * What a zod schema accepts, in a writer's words, read from its definition (Zod 4:
 * `schema._zod.def`): types, required, defaults, options and limits.
 */

export type Def = { type: string; [key: string]: unknown };
export type AnySchema = { _zod: { def: Def } };
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

export interface Described {
  type: string;
  rules: string[];
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  /** Fields of an object, or of the objects in a list. */
  fields?: Record<string, AnySchema>;
  /** `[].` when `fields` are those of each item of a list. */
  itemSuffix?: string;
  /** An object that refuses fields it does not define (`z.strictObject`). */
  strict?: boolean;
}

export const isStrictObject = (def: Def) => (def['catchall'] as AnySchema | undefined)?._zod.def.type === 'never';

export const defOf = (s: AnySchema): Def => s._zod.def;

/** The message a check or schema was given (`'expected a single line'`), without "expected". */
function messageOf(def: Record<string, unknown>): string | undefined {
  const error = def['error'];
  if (typeof error !== 'function') return undefined;
  try {
    const out = (error as (issue: unknown) => unknown)({});
    const text = typeof out === 'string' ? out : (out as { message?: string } | undefined)?.message;
    return text?.replace(/^expected /, '');
  } catch {
    return undefined;
  }
}

type CheckDef = Check['_zod']['def'];

/** The rules a schema's checks make, each worded by `rule`; a custom check's rule is its message. */
function rulesOf(checks: readonly Check[], rule: (d: CheckDef) => string | undefined): string[] {
  return checks.flatMap((check) => {
    const d = check._zod.def;
    return (d.check === 'custom' ? messageOf(d) : rule(d)) ?? [];
  });
}

function stringRule(d: CheckDef): string | undefined {
  switch (d.check) {
    case 'min_length':
      return d['minimum'] === 1 ? 'not empty' : `at least ${String(d['minimum'])} characters`;
    case 'max_length':
      return `at most ${String(d['maximum'])} characters`;
    case 'length_equals':
      return `exactly ${String(d['length'])} characters`;
    case 'string_format': {
      if (d['format'] !== 'regex') return `a valid ${String(d['format'])}`;
      const message = messageOf(d);
      const pattern = `\`${(d['pattern'] as RegExp).source}\``;
      return message ? `${message}, ${pattern}` : `matches ${pattern}`;
    }
    default:
      // 'overwrite' (trim) and others change the value rather than restrict it.
      return undefined;
  }
}

function listRule(d: CheckDef): string | undefined {
  if (d.check === 'min_length') return `at least ${String(d['minimum'])} item${d['minimum'] === 1 ? '' : 's'}`;
  if (d.check === 'max_length') return `at most ${String(d['maximum'])} items`;
  return undefined;
}

/** What a schema accepts, in a writer's words, read from its definition. */
export function describe(schema: AnySchema): Described {
  const def = defOf(schema);
  const checks = (def['checks'] as Check[] | undefined) ?? [];
  switch (def.type) {
    case 'default': {
      const inner = describe(def['innerType'] as AnySchema);
      return { ...inner, optional: true, hasDefault: true, defaultValue: def['defaultValue'] };
    }
    case 'optional':
      return { ...describe(def['innerType'] as AnySchema), optional: true };
    case 'string': {
      if (def['format'] === 'url') {
        const rules: string[] = [];
        const protocol = def['protocol'] as RegExp | undefined;
        const hostname = def['hostname'] as RegExp | undefined;
        const only = protocol && /^\^(\w+)\$$/.exec(protocol.source);
        if (protocol) rules.push(only ? `\`${only[1]}://\` only` : `protocol matches \`${protocol.source}\``);
        if (hostname)
          rules.push(hostname.source === z.regexes.domain.source ? 'host is a domain name' : `host matches \`${hostname.source}\``);
        return { type: 'URL', rules: [...rules, ...rulesOf(checks, stringRule)], optional: false, hasDefault: false };
      }
      return { type: 'text', rules: rulesOf(checks, stringRule), optional: false, hasDefault: false };
    }
    case 'boolean':
      return { type: '`true` or `false`', rules: [], optional: false, hasDefault: false };
    case 'number':
      return { type: 'number', rules: [], optional: false, hasDefault: false };
    case 'date':
      return { type: 'date', rules: [], optional: false, hasDefault: false };
    case 'enum': {
      const options = Object.values(def['entries'] as Record<string, string>);
      return { type: `one of ${options.map((o) => `\`${o}\``).join(', ')}`, rules: [], optional: false, hasDefault: false };
    }
    case 'literal':
      return {
        type: (def['values'] as unknown[]).map((v) => `\`${JSON.stringify(v)}\``).join(' or '),
        rules: [],
        optional: false,
        hasDefault: false,
      };
    case 'array': {
      const item = describe(def['element'] as AnySchema);
      const rules = [...rulesOf(checks, listRule), ...item.rules.map((r) => `each ${r}`)];
      if (item.fields)
        return {
          type: 'list of groups of fields (below)',
          rules: rulesOf(checks, listRule),
          optional: false,
          hasDefault: false,
          fields: item.fields,
          itemSuffix: '[].',
          strict: item.strict ?? false,
        };
      return { type: `list of ${item.type}`, rules, optional: false, hasDefault: false };
    }
    case 'object':
      return {
        type: 'group of fields (below)',
        rules: [],
        optional: false,
        hasDefault: false,
        fields: def['shape'] as Record<string, AnySchema>,
        strict: isStrictObject(def),
      };
    case 'union': {
      const options = (def['options'] as AnySchema[]).map((o) => defOf(o).type);
      // dateField: a YAML date or a string, both checked as a calendar date.
      if (options.includes('date') && options.includes('string')) {
        const message = messageOf(def);
        const format = message && /written as (\S+)/.exec(message)?.[1];
        return { type: `date${format ? ` \`${format}\`` : ''}`, rules: [], optional: false, hasDefault: false };
      }
      return {
        type: (def['options'] as AnySchema[]).map((o) => describe(o).type).join(' or '),
        rules: [],
        optional: false,
        hasDefault: false,
      };
    }
    case 'pipe': {
      const described = describe(def['in'] as AnySchema);
      // A transform cannot be read, only tried: does the date field refuse a day that does not exist?
      if (
        described.type.startsWith('date') &&
        !(schema as unknown as z.ZodType).safeParse('2026-02-31').success &&
        (schema as unknown as z.ZodType).safeParse('2026-02-28').success
      ) {
        return { ...described, rules: [...described.rules, 'a real day (`2026-02-31` is refused)'] };
      }
      return described;
    }
    default:
      return { type: def.type, rules: [], optional: false, hasDefault: false };
  }
}

/**
 * The description a field's schema carries (`.meta({ description })`), looked up through
 * the wrappers (`.optional()`, `.default()`, a transform) that may sit outside the one it was given to.
 */
export function descriptionOf(schema: AnySchema): string {
  for (let current: AnySchema | undefined = schema, i = 0; current && i < 10; i++) {
    const description = z.globalRegistry.get(current as unknown as z.ZodType)?.description;
    if (description) return description;
    const def = defOf(current);
    current = (def['innerType'] ?? def['in']) as AnySchema | undefined;
  }
  return '';
}
