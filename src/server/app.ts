import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { createApollo } from './apollo';
import { createContext, createRepositories } from './context';
import { createHttpServer } from './http-server';
import { createSchema } from './schema';

export interface RunningApp {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Builds the schema, starts Apollo and the HTTP server; `stop` drains in-flight requests. */
export async function startApp(
  config: Pick<Config, 'port' | 'host' | 'production' | 'maxBodyBytes'>,
  database: Database,
  log: (line: string) => void = console.log,
): Promise<RunningApp> {
  const schema = await createSchema();
  const repositories = createRepositories(database);
  let apolloRef: ReturnType<typeof createApollo> | undefined;
  const httpServer = createHttpServer({
    get apollo() {
      if (!apolloRef) throw new Error('Apollo Server is not started');
      return apolloRef;
    },
    database,
    context: async () => createContext(repositories),
    maxBodyBytes: config.maxBodyBytes,
    log,
  });
  const apollo = createApollo(schema, httpServer, config.production, log);
  apolloRef = apollo;
  await apollo.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    stop: () => apollo.stop(),
  };
}
