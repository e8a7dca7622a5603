import { z } from 'zod';
import { collectionSchemas } from '@/lib/content/schema';
import type { FormatOptions } from './format';

/**
 * How lib/cms/format.ts writes these schemas' files: lists of identifiers (enum values or patterned strings, such
 * as topics and contact ids) inline, and the flags whose default is false only when true.
 */
function formatOptions(): FormatOptions {
  const flowKeys = new Set<string>();
  const falseUnlessWritten = new Set<string>();
  for (const schema of Object.values(collectionSchemas)) {
    const { properties = {} } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, { type?: string; default?: unknown; items?: { enum?: unknown; pattern?: unknown } }>;
    };
    for (const [key, property] of Object.entries(properties)) {
      if (property.type === 'array' && (property.items?.enum || property.items?.pattern)) flowKeys.add(key);
      if (property.type === 'boolean' && property.default === false) falseUnlessWritten.add(key);
    }
  }
  return { flowKeys: [...flowKeys], falseUnlessWritten: [...falseUnlessWritten] };
}

export const houseStyle = formatOptions();
