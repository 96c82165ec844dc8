// `respond new --from` for a playbook whose id line is not a plain `id: x` (quoted key, flow
// style): rewritten through the YAML library. Comments may move; the content stays.
// A static import on purpose: a dynamic import('yaml') of this CommonJS package yields only
// `default` in the ESM bundle.
import { parseDocument } from 'yaml';

export function rewriteWithYaml(source: string, id: string, schemaRef: string): string | undefined {
  const doc = parseDocument(source.replace(/^\uFEFF/, ''));
  if (doc.errors.length > 0 || !doc.has('id')) return undefined;
  doc.set('id', id);
  doc.commentBefore = ` yaml-language-server: $schema=${schemaRef}`;
  return doc.toString();
}
