import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/structured-data';

/** Structured data for search engines, rendered on the server as one <script type="application/ld+json">. */
export function JsonLd<T extends Thing>({ data }: { data: WithContext<T> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
