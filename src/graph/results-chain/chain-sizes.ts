// Sizes the cost estimate assumes for the results chain (@listSize on its fields).

/** The strategy has three themes. */
export const MAX_THEMES = 3;

/**
 * A chain holds one theme (themeId) or the themes of one initiative (initiativeId), and under a
 * theme at most every initiative. Counting themes as 1 and initiatives as 100 bounds their product
 * in both cases (1 × ≤100, or ≤3 × 1) without counting 3 × 100.
 */
export const THEMES_PER_CHAIN = 1;

/**
 * Results per initiative, rounded up from the mean (233 over 100). The product of the maxima
 * (100 initiatives × 13 results) would refuse the chain view's own query at the default cost limit.
 */
export const MEAN_RESULTS_PER_INITIATIVE = 3;
