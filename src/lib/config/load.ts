/** Reads and validates content/portal.yaml. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { configSchema, type PortalConfig } from '../schema/config.ts';
import { checkSignalOverrides } from '../signals/registry.ts';
import { makeIssue, type Issue } from '../validate/issues.ts';

export const CONFIG_FILE = 'content/portal.yaml';

export type ConfigResult = { ok: true; config: PortalConfig } | { ok: false; issues: Issue[] };

export async function loadConfig(root: string, file = CONFIG_FILE): Promise<ConfigResult> {
  const where = { file, row: 0 };
  let text: string;
  try {
    text = await readFile(path.resolve(root, file), 'utf8');
  } catch (error) {
    return { ok: false, issues: [makeIssue('error', where, 'file_unreadable', { reason: (error as Error).message })] };
  }
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    return { ok: false, issues: [makeIssue('error', where, 'config_invalid', { reason, reasonEn: reason })] };
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) =>
        makeIssue('error', { ...where, field: i.path.join('.') }, 'config_invalid', { reason: i.message, reasonEn: i.message }),
      ),
    };
  }
  // Signal parameters are checked against the signals' own definitions, so a typo is reported, not ignored.
  const signalProblems = checkSignalOverrides(parsed.data.signals);
  if (signalProblems.length > 0) {
    return {
      ok: false,
      issues: signalProblems.map((p) => makeIssue('error', { ...where, field: p.field }, 'config_invalid', { reason: p.message.zh, reasonEn: p.message.en })),
    };
  }
  return { ok: true, config: parsed.data };
}
