// The CLI's own error: a usage problem a command finds after commander has parsed (a bad flag
// value, flags that do not go together). `run` turns it into exit code 2; it lives apart from
// run.ts so that the command files can throw it without importing the module that imports them.

/** Thrown by commands for a usage problem found after parsing (exit code 2). */
export class UsageError extends Error {}
