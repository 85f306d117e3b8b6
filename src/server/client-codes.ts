import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../errors';
import type { LimitCode } from './limits/limit-error';

// Codes we raise on purpose (ErrorCode), or Apollo raises for malformed requests: their messages
// are written for clients and are safe to show in production. Every other error is masked there.
// Derived, never retyped: a new ErrorCode is shown as soon as it exists.
export const CLIENT_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode),
  ...Object.values(ApolloServerErrorCode).filter((code) => code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR),
]);

// QueryLimitError names its codes as literals: this stops compiling when one is not an ErrorCode.
const limitCodesAreErrorCodes: LimitCode extends `${ErrorCode}` ? true : never = true;
void limitCodesAreErrorCodes;
