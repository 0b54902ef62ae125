/**
 * actorgraph/cli — text that is safe to print on a terminal
 * ==========================================================
 *
 * Labels, aliases and evidence come from graph and aliases files that anyone may have written:
 * printed raw, an escape sequence in them (`\x1b]…`, `\x9b…`, a carriage return, a bidi override)
 * would drive the user's terminal — retitle it, hide lines, make one name read as another. Every
 * such character is printed as its JSON escape (`\u001b`): visible in a table, and still valid and
 * equal data inside a `--json` string (where JSON.stringify already escapes C0 controls, but
 * not DEL, the C1 controls or the bidi controls). Tabs and line breaks are kept.
 */

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every terminal control character written as `\uXXXX`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
