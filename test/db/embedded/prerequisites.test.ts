import { checkJava, EmbeddedNeo4jError, parseJavaMajor } from '../../../src/db/embedded/prerequisites';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25.0.1" 2025-10-21', 25],
  ])('when java -version prints %s, then the major version is %d', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('when the output has no version, then it is undefined', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('checkJava', () => {
  it('when the java binary does not exist, then the error says what to install', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(EmbeddedNeo4jError);
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(/Install a JDK 17 or 21/);
  });
});
