/**
 * Plain text of an MDX page for the search index: the frontmatter and the words a reader sees,
 * without imports, components, expressions or Markdown punctuation. Deliberately simple: the
 * pages are prose written by a publisher, and a stray symbol only costs an odd word in an excerpt.
 */
import YAML from 'yaml';

export interface MdxText {
  frontmatter: Record<string, unknown>;
  text: string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function mdxText(source: string): MdxText {
  let body = source;
  let frontmatter: Record<string, unknown> = {};
  const match = FRONTMATTER.exec(source);
  if (match) {
    body = source.slice(match[0].length);
    try {
      const parsed: unknown = YAML.parse(match[1] ?? '');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontmatter = parsed as Record<string, unknown>;
    } catch {
      // A broken frontmatter is the page build's error to report; search indexes the body alone.
    }
  }
  const text = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { frontmatter, text };
}

/** A frontmatter field as text, or '' when absent or not a string. */
export function frontmatterText(frontmatter: Record<string, unknown>, key: string): string {
  const value = frontmatter[key];
  return typeof value === 'string' ? value.trim() : '';
}
