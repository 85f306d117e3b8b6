/**
 * graphql-js ends many messages with a guess at what was meant: `Did you mean "title"?`, `Did you
 * mean the enum value "DONE"?`, `Did you mean to use an inline fragment on "Town"?`. With
 * introspection off, those guesses would let a client read the schema one typo at a time.
 */
const SUGGESTION = /\s*Did you mean\b[^]*\?\s*$/;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
