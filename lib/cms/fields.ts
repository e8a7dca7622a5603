import { z } from 'zod';
import type { Field } from '@sveltia/cms';

/**
 * Editor fields derived from a zod schema: each key of the schema becomes one field, in the schema's order, with
 * the widget, required flag, length limits, patterns (with the schema's own error message) and allowed values
 * that the schema states. What a schema cannot say (which widget shows a picture, which fields are the same in
 * every language, hints) comes in as overrides by key path (`hero.file`, `gallery.*.credit`).
 */
type FieldOverride = Partial<Field> & { i18n?: boolean | 'duplicate' };
export type Overrides = Record<string, FieldOverride>;

interface JsonSchema {
  type?: string;
  enum?: readonly (string | number)[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

export function fieldsOf(schema: z.ZodObject, overrides: Overrides = {}, labels: Record<string, string> = {}): Field[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return objectFields(schema, json, '', overrides, labels);
}

function objectFields(
  schema: z.ZodObject,
  json: JsonSchema,
  prefix: string,
  overrides: Overrides,
  labels: Record<string, string>,
): Field[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const path = prefix + name;
    const derived = fieldOf(name, path, inner(schema.shape[name]), property, overrides, labels);
    const override = overrides[path] ?? {};
    // Another widget (an image picker for a file name, a relation for contact ids) keeps only what applies to any.
    const base =
      override.widget && override.widget !== derived.widget
        ? pick(derived, ['name', 'label', 'pattern', 'min', 'max', 'minlength', 'maxlength'])
        : derived;
    return { ...base, ...(required.has(name) ? {} : { required: false }), ...override } as Field;
  });
}

function fieldOf(
  name: string,
  path: string,
  schema: z.ZodType,
  json: JsonSchema,
  overrides: Overrides,
  labels: Record<string, string>,
): Record<string, unknown> {
  const common = { name, label: labels[path] ?? label(name) };
  if (json.type === 'boolean')
    return { ...common, widget: 'boolean', ...(json.default === undefined ? {} : { default: json.default }) };
  if (json.type === 'integer' || json.type === 'number') {
    return {
      ...common,
      widget: 'number',
      value_type: json.type === 'integer' ? 'int' : 'float',
      ...(json.minimum === undefined ? {} : { min: json.minimum }),
    };
  }
  if (json.type === 'object' && schema instanceof z.ZodObject) {
    return { ...common, widget: 'object', fields: objectFields(schema, json, `${path}.`, overrides, labels) };
  }
  if (json.type === 'array' && json.items && schema instanceof z.ZodArray) {
    const items = json.items;
    const limits = {
      ...(json.minItems ? { min: json.minItems } : {}),
      ...(json.maxItems ? { max: json.maxItems } : {}),
    };
    if (items.enum) return { ...common, widget: 'select', multiple: true, options: [...items.enum], ...limits };
    const element = inner(schema.element as z.ZodType);
    if (items.type === 'object' && element instanceof z.ZodObject) {
      return {
        ...common,
        widget: 'list',
        ...limits,
        fields: objectFields(element, items, `${path}.*.`, overrides, labels),
      };
    }
    return {
      ...common,
      widget: 'list',
      ...limits,
      field: { ...stringField('item', element, items), ...overrides[`${path}.*`] },
    };
  }
  if (json.enum) return { ...common, widget: 'select', options: [...json.enum] };
  return { ...common, ...stringField(name, schema, json) };
}

function stringField(name: string, schema: z.ZodType, json: JsonSchema): Record<string, unknown> {
  return {
    name,
    widget: 'string',
    ...(json.format === 'email' ? { type: 'email' } : {}),
    ...(json.minLength && json.minLength > 1 ? { minlength: json.minLength } : {}),
    ...(json.maxLength ? { maxlength: json.maxLength } : {}),
    ...(json.pattern ? { pattern: [json.pattern, patternMessage(schema)] } : {}),
  };
}

/** The schema's own message for a value that breaks its pattern, so the editor and the check say the same. */
function patternMessage(schema: z.ZodType): string {
  const issue = schema.safeParse('\u0000').error?.issues[0];
  return issue?.message ?? 'has the wrong form';
}

const pick = (record: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));

/** The schema behind `.optional()` and `.default()`. */
function inner(schema: z.ZodType | undefined): z.ZodType {
  let current = schema ?? z.unknown();
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

/** `publishedAt` → "Published at", `keyFigures` → "Key figures". */
function label(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
