// Starts Azurite, the bot and the Microsoft 365 Agents Playground for local use, and stops them together.
// Called by scripts/run.sh (which installs the npm tools and builds the bot first).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const botPort = Number(process.env.BOT_PORT ?? 3978);
const tablePort = Number(process.env.AZURITE_TABLE_PORT ?? 10002);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const accountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${accountKey};TableEndpoint=http://127.0.0.1:${tablePort}/devstoreaccount1;`;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const children = [];

function start(name, command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const prefix = (line) => `[${name}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) if (line.trim()) console.log(prefix(line));
    });
  }
  child.on('exit', (code, signal) => {
    console.log(prefix(`stopped (${signal ?? code})`));
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitFor(url, what, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok || response.status < 500) return;
    } catch { /* not yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not start within ${seconds} seconds (${url}).`);
}

mkdirSync(join(root, '.azurite'), { recursive: true });
start('azurite', bin('azurite-table'), ['--tableHost', '127.0.0.1', '--tablePort', String(tablePort), '--location', join(root, '.azurite'), '--skipApiVersionCheck', '--silent']);
await waitFor(`http://127.0.0.1:${tablePort}/devstoreaccount1/Tables`, 'Azurite', 60);

start('bot', 'dotnet', ['run', '--no-build', '--project', join(root, 'src', 'BarnrattsResan.Bot'), '--no-launch-profile', '--urls', `http://127.0.0.1:${botPort}`], {
  // The Playground always reports an English Teams client; BOT_LANGUAGE=en (or empty) lets the bot follow it.
  env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', Storage__ConnectionString: connectionString, Bot__Language: process.env.BOT_LANGUAGE ?? 'sv' },
});
await waitFor(`http://127.0.0.1:${botPort}/healthz`, 'The bot');

start('playground', bin('agentsplayground'), ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--dt'], {
  cwd: join(root, 'playground'),
  env: { ...process.env, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none' },
});
await waitFor(`http://localhost:${playgroundPort}`, 'The Agents Playground');

console.log(`
  Barnrättsresan is running.
  Open http://localhost:${playgroundPort} and go to Förskoleförvaltningen > General.
  Type @, pick the bot, write "starta" and press Post.
  Ctrl+C stops Azurite, the bot and the Playground.
`);
