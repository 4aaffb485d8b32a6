/** A theme raised in fewer interviews than this is shown as tentative: too few to quote a share of. */
export const TENTATIVE_BELOW = 5;
