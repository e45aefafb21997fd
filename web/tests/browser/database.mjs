// Direct reads and writes of the browser tests' own database (psql), for what no API does: damaging a stored row so
// that background work fails, and repairing it. WORKBENCH_DATABASE is the Npgsql connection string ./supervise uses.
import { execFileSync } from 'node:child_process';

function psqlArgs() {
  const parts = Object.fromEntries((process.env.WORKBENCH_DATABASE ?? '').split(';').filter(Boolean)
    .map((part) => part.split('=')).map(([k, v]) => [k.trim().toLowerCase(), v.trim()]));
  return ['-h', parts.host ?? '127.0.0.1', '-p', parts.port ?? '5432', '-U', parts.username ?? 'postgres', '-d', parts.database ?? 'supervision_browser',
    '-v', 'ON_ERROR_STOP=1', '-tAq'];
}

export const sql = (statement) => execFileSync('psql', [...psqlArgs(), '-c', statement], { encoding: 'utf8' }).trim();
