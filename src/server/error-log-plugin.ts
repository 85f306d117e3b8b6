import type { ApolloServerPlugin } from '@apollo/server';
import { CLIENT_CODES } from './client-codes';
import type { Context } from '../graph/context';
import type { Logger } from './logger';
import { rememberErrorCodes } from './request-log';

/**
 * Logs each error of a request with its request id (internal ones at error level, with the full
 * original error and stack), and adds the request id to every error the client receives, so that
 * a masked "Internal server error" can still be traced to its log line.
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          rememberErrorCodes(contextValue, errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
          for (const error of errors) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            const entry = { requestId: contextValue.requestId, code, operationName, path: error.path };
            if (CLIENT_CODES.has(code)) logger.debug({ ...entry, message: error.message }, 'GraphQL request refused');
            else logger.error({ ...entry, err: error.originalError ?? error }, 'GraphQL request failed');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
          }
        },
      };
    },
  };
}
