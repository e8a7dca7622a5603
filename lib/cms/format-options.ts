import { z } from 'zod';
import { collectionSchemas } from '@/lib/content/schema';
import type { FormatOptions } from './format';

/**
 * How lib/cms/format.ts writes these schemas' files: lists of identifiers (enum values or patterned strings, such
 * as topics and contact ids) inline, and the flags whose default is false only when true.
 */
type Property = {
  type?: string;
  default?: unknown;
  properties?: Record<string, Property>;
  items?: { enum?: unknown; pattern?: unknown };
};

function formatOptions(): FormatOptions {
  const flowKeys = new Set<string>();
  const falseUnlessWritten = new Set<string>();
  // Nested objects too: `earlyAccess.groups` is a list of identifiers like `topics`.
  const visit = (properties: Record<string, Property>) => {
    for (const [key, property] of Object.entries(properties)) {
      if (property.type === 'array' && (property.items?.enum || property.items?.pattern)) flowKeys.add(key);
      if (property.type === 'boolean' && property.default === false) falseUnlessWritten.add(key);
      if (property.type === 'object' && property.properties) visit(property.properties);
    }
  };
  for (const schema of Object.values(collectionSchemas)) {
    visit((z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Property).properties ?? {});
  }
  return { flowKeys: [...flowKeys], falseUnlessWritten: [...falseUnlessWritten] };
}

export const houseStyle = formatOptions();
