/**
 * The fake GitHub's vocabulary: the organization snapshot it serves, the options it starts with, and what it
 * records about the traffic it sees.
 */
export {};
