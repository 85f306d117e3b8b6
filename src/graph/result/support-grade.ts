import { BadInputError } from '../../errors';

/** The support scale runs from 0 (assertion) to 4 (comparison group); docs/results-chain.md. */
export const MAX_SUPPORT_GRADE = 4;

/** A grade argument, checked: null when not given, BAD_USER_INPUT naming the argument when off the scale. */
export function checkSupportGrade(grade: number | null | undefined, argument: string): number | null {
  if (grade === null || grade === undefined) return null;
  if (!Number.isInteger(grade) || grade < 0 || grade > MAX_SUPPORT_GRADE) {
    throw new BadInputError(`"${argument}" must be a support grade from 0 to ${MAX_SUPPORT_GRADE}, got ${grade}`, argument);
  }
  return grade;
}
