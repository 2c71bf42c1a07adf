// Builds the Teams app package (a zip with the filled-in manifest, the icons and the localisation
// files) from manifest/ and a settings file. Offline; the zip is written by the npm package fflate
// (run `npm ci` once), reproducibly: the same settings and files give the same bytes.
//
//   node scripts/package-app.mjs --env manifest/app.env [--out artifacts/barnrattsresan-teams-app.zip]
//
// Settings (see manifest/app.env.example): each can also be an environment variable, which wins.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestDir = join(repoRoot, 'manifest');
const defaultOut = join(repoRoot, 'artifacts', 'barnrattsresan-teams-app.zip');

/**
 * Every entry's timestamp. fflate writes the DOS date and time from a Date's local-time fields, so this is made
 * in local time: the fields (2020-01-01 00:00) and so the bytes are the same in every time zone.
 */
const FIXED_MTIME = new Date(2020, 0, 1, 0, 0, 0);

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const EMPTY_GUID = /^0{8}-(0{4}-){3}0{12}$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

const guid = (value) => (GUID.test(value) && !EMPTY_GUID.test(value) ? null : 'a GUID (not all zeros)');
const httpsUrl = (value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && value.length <= 2048 ? null : 'an https:// URL';
  } catch {
    return 'an https:// URL';
  }
};

/** Every setting the manifest uses, with the check its value must pass. */
const SETTINGS = {
  TEAMS_APP_ID: guid,
  BOT_ID: guid,
  BOT_DOMAIN: (v) => (HOST.test(v) ? null : 'a host name without https:// or a path, e.g. myapp.azurewebsites.net'),
  DEVELOPER_NAME: (v) => (v.length <= 32 ? null : 'at most 32 characters'),
  WEBSITE_URL: httpsUrl,
  PRIVACY_URL: httpsUrl,
  TERMS_OF_USE_URL: httpsUrl,
  APP_VERSION: (v) => (SEMVER.test(v) ? null : 'a version like 1.0.0'),
};

function parseArgs(argv) {
  const args = { env: null, out: defaultOut };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--env') args.env = argv[++i];
    else if (arg === '--out') args.out = argv[++i];
    else if (arg === '--help' || arg === '-h') args.help = true;
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return args;
}

function readEnvFile(path) {
  if (!existsSync(path)) throw new Error(`Settings file not found: ${path} (copy manifest/app.env.example to start one)`);
  const values = {};
  const text = readFileSync(path, 'utf8');
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 1) throw new Error(`${path}:${index + 1}: expected NAME=value`);
    let value = line.slice(eq + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    values[line.slice(0, eq).trim()] = value;
  }
  return values;
}

function loadSettings(envFile) {
  const fromFile = envFile ? readEnvFile(envFile) : {};
  const settings = {};
  const problems = [];
  for (const [name, check] of Object.entries(SETTINGS)) {
    const value = (process.env[name]?.trim() || fromFile[name] || '').trim();
    const problem = value === '' ? 'a value (it is empty or missing)' : check(value);
    if (problem) problems.push(`  ${name} needs ${problem}; got "${value}"`);
    settings[name] = value;
  }
  if (problems.length > 0) {
    throw new Error(`The app package settings are not complete:\n${problems.join('\n')}\n` +
      'See manifest/app.env.example and docs/deploy.md.');
  }
  return settings;
}

/** Replaces ${{NAME}} with the JSON-escaped value; fails on an unknown name or any leftover. */
function fill(template, settings, fileName) {
  const filled = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name) => {
    if (!(name in settings)) throw new Error(`${fileName}: unknown placeholder \${{${name}}}`);
    return JSON.stringify(settings[name]).slice(1, -1);
  });
  if (filled.includes('${{')) throw new Error(`${fileName}: a placeholder was left unfilled`);
  JSON.parse(filled); // fails loudly on broken JSON
  return filled;
}

/** The files the manifest names (icons, localisation files), each at the zip's root. */
function filesNamedBy(manifest) {
  const names = [manifest.icons.color, manifest.icons.outline];
  if (manifest.icons.color32x32) names.push(manifest.icons.color32x32);
  const localization = manifest.localizationInfo ?? {};
  if (localization.defaultLanguageFile) names.push(localization.defaultLanguageFile);
  for (const language of localization.additionalLanguages ?? []) names.push(language.file);
  return names;
}

function sourcePath(name) {
  const icon = join(manifestDir, 'icons', name);
  return existsSync(icon) ? icon : join(manifestDir, name);
}

function buildPackage(settings) {
  const manifestText = fill(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'), settings, 'manifest.json');
  const manifest = JSON.parse(manifestText);
  const entries = [{ name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') }];
  for (const name of filesNamedBy(manifest)) {
    if (name.includes('/') || name.includes('\\')) throw new Error(`manifest.json: ${name} must be at the package root`);
    const path = sourcePath(name);
    if (!existsSync(path)) throw new Error(`manifest.json names ${name}, but manifest/ has no such file`);
    const data = readFileSync(path);
    const isJson = name.endsWith('.json');
    entries.push({ name, data: isJson ? Buffer.from(fill(data.toString('utf8'), settings, name), 'utf8') : data });
  }
  return entries;
}

/** The npm package fflate, or a message saying how to get it. */
async function loadZipLibrary() {
  try {
    return await import('fflate');
  } catch {
    throw new Error('The zip library (npm package fflate) is missing: run `npm ci` in the repository first.');
  }
}

/** The zip: entries in the order given (manifest.json first), each with the fixed timestamp, deflated. */
function zip({ zipSync }, entries) {
  const files = {};
  for (const { name, data } of entries) files[name] = [data, { mtime: FIXED_MTIME }];
  return Buffer.from(zipSync(files, { level: 9 }));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('Usage: node scripts/package-app.mjs --env manifest/app.env [--out path/to/package.zip]');
    return;
  }
  const settings = loadSettings(args.env);
  const entries = buildPackage(settings);
  const library = await loadZipLibrary();
  const out = resolve(args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip(library, entries));
  console.log(`Teams app package written to ${relative(process.cwd(), out) || out}`);
  console.log(`  ${entries.map((e) => e.name).join(', ')}`);
  console.log(`  app id ${settings.TEAMS_APP_ID}, bot id ${settings.BOT_ID}, bot domain ${settings.BOT_DOMAIN}, version ${settings.APP_VERSION}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
