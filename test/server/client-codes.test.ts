import { BadInputError, CodedError, ErrorCode, NotFoundError, ServiceUnavailableError } from '../../src/errors';
import { CLIENT_CODES } from '../../src/server/client-codes';
import { QueryLimitError } from '../../src/server/limits/limit-error';

describe('client codes (what production does not mask)', () => {
  it('when a code is in ErrorCode, then production shows its message', () => {
    for (const code of Object.values(ErrorCode)) expect(CLIENT_CODES.has(code)).toBe(true);
  });

  it('when Apollo refuses a malformed request, then its code is shown too', () => {
    expect(CLIENT_CODES.has('GRAPHQL_PARSE_FAILED')).toBe(true);
    expect(CLIENT_CODES.has('GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it('when an error is internal or has an unknown code, then it stays masked', () => {
    expect(CLIENT_CODES.has('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(CLIENT_CODES.has('Neo.ClientError.Statement.SyntaxError')).toBe(false);
  });

  it('when any error class is raised, then its code is one production shows', () => {
    const errors = [
      new NotFoundError('town', 'x'),
      new BadInputError('bad', 'first'),
      new ServiceUnavailableError(),
      new QueryLimitError('QUERY_TOO_DEEP', 'Depth', 'QUERY_MAX_DEPTH', 1, 2),
    ];
    for (const error of errors) expect(CLIENT_CODES.has(String(error.extensions.code))).toBe(true);
    expect(errors.slice(0, 3).every((error) => error instanceof CodedError)).toBe(true);
  });
});
