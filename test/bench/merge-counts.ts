/** The size of merge_10x7x250's round: 10 groups of 7 experts, 250 applications (25 a group). */
export const MERGE_GROUPS = 10;
export const MERGE_GROUP_SIZE = 7;
export const MERGE_APPLICATIONS = 250;
