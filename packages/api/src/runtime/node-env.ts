import { resolve } from 'node:path';

/** Settings the Node runtime reads from the environment (see README and API.md "Embedded default"). */
export interface NodeEnv {
  port: number;
  host: string;
  dataDir: string;
  adminKey?: string;
  secretKey?: string;
  publishableKey?: string;
  quiet: boolean;
}

/** Reads and checks the Node runtime's environment variables. */
export function readNodeEnv(env: NodeJS.ProcessEnv): NodeEnv {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.PARLEY_DATA_DIR ?? '.parley'),
    ...(env.PARLEY_ADMIN_KEY ? { adminKey: env.PARLEY_ADMIN_KEY } : {}),
    ...(env.PARLEY_SECRET_KEY ? { secretKey: env.PARLEY_SECRET_KEY } : {}),
    ...(env.PARLEY_PUBLISHABLE_KEY ? { publishableKey: env.PARLEY_PUBLISHABLE_KEY } : {}),
    quiet: env.PARLEY_LOG_REQUESTS === '0',
  };
}
