/**
 * Pagefind's excerpt is HTML: the record text with `<` and `>` escaped (verified against 1.6: a
 * record containing `<img onerror=…>` comes back as `&lt;img …&gt;`) and matches wrapped in
 * `<mark>`. The page never assigns it as HTML: it is split here into plain text and marked runs,
 * and the page builds text nodes and <mark> elements from them.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&' };

function decode(html: string): string {
  return html.replace(/&(lt|gt|quot|amp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      // Any other tag would be Pagefind's doing, not data; drop it rather than show markup.
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
