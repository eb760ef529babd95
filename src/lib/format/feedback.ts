/** The public feedback form address for one partnership, from portal.yaml's template. */
import { safeHref } from '../values/links.ts';

/** Replaces `{id}` and `{title}` (URL-encoded); undefined if the result is not a safe link. */
export function feedbackUrl(template: string, id: string, title: string): string | undefined {
  const filled = template.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{title}', encodeURIComponent(title));
  return safeHref(filled);
}
