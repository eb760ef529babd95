/**
 * Offline validation of the OCDS and 360Giving exports against copies of the standards' JSON Schemas
 * (the folder layout of /work/shared/standards: ocds-1.1/*.json, 360giving/*.json).
 *
 * OCDS 1.1 schemas are JSON Schema draft-04, which Ajv 8 does not read as such (and ajv-draft-04 is
 * not installed): they use nothing draft-04-specific beyond the root `id`, so each root `id` becomes
 * `$id`, `$schema` is dropped and Ajv's default dialect validates them. Their canonical `$ref` URLs
 * resolve to the local files because each is registered under its own id. 360Giving is draft 2020-12;
 * its package schema refers to the grant schema under an older version's URL, which is mapped to the
 * local grant schema. Custom keywords (codelist, rollUp, …) are ignored (`strict: false`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type SchemaErrors = { path: string; message: string }[];

type Schema = Record<string, unknown>;
type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

async function readJson(file: string): Promise<Schema> {
  return JSON.parse(await readFile(file, 'utf8')) as Schema;
}

function asDraft7(schema: Schema): Schema {
  const { id, $schema: _ignored, ...rest } = schema;
  return typeof id === 'string' ? { $id: id, ...rest } : rest;
}

function errorsOf(validate: Validate): SchemaErrors {
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? 'invalid' }));
}

// ajv-formats is CommonJS: under Node's ESM loader its default import is the plugin function itself.
function applyFormats(ajv: unknown): void {
  const plugin = addFormats as unknown as { default?: (a: unknown) => void };
  (typeof plugin === 'function' ? (plugin as (a: unknown) => void) : (plugin.default as (a: unknown) => void))(ajv);
}

const cache = new Map<string, Promise<Validate>>();

async function ocdsValidator(standardsDir: string): Promise<Validate> {
  const dir = path.join(standardsDir, 'ocds-1.1');
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  applyFormats(ajv);
  const release = asDraft7(await readJson(path.join(dir, 'release-schema.json')));
  const pkg = asDraft7(await readJson(path.join(dir, 'release-package-schema.json')));
  ajv.addSchema(release);
  return ajv.compile(pkg) as Validate;
}

async function grantValidator(standardsDir: string): Promise<Validate> {
  const dir = path.join(standardsDir, '360giving');
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  applyFormats(ajv);
  const grant = await readJson(path.join(dir, '360-giving-schema.json'));
  const pkg = await readJson(path.join(dir, '360-giving-package-schema.json'));
  const ref = ((pkg.properties as Schema).grants as { items: { $ref: string } }).items.$ref;
  ajv.addSchema({ ...grant, $id: ref });
  return ajv.compile(pkg) as Validate;
}

function memo(key: string, make: () => Promise<Validate>): Promise<Validate> {
  let v = cache.get(key);
  if (!v) cache.set(key, (v = make()));
  return v;
}

export async function validateOcdsPackage(data: unknown, standardsDir: string): Promise<SchemaErrors> {
  const validate = await memo(`ocds:${standardsDir}`, () => ocdsValidator(standardsDir));
  return validate(data) ? [] : errorsOf(validate);
}

export async function validateGrantPackage(data: unknown, standardsDir: string): Promise<SchemaErrors> {
  const validate = await memo(`360:${standardsDir}`, () => grantValidator(standardsDir));
  return validate(data) ? [] : errorsOf(validate);
}
