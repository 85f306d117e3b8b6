import { GraphQLError } from 'graphql';

// Errors clients can act on: each fixes its extensions.code so that callers can branch on it.

export class NotFoundError extends GraphQLError {
  constructor(kind: string, id: string) {
    super(`No ${kind} with id "${id}"`, { extensions: { code: 'NOT_FOUND', kind, id } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'The graph database is not reachable right now; try again shortly') {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
  }
}
