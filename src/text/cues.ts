/**
 * A test for "does any of these cues match here?" in one pass per group of cues instead of one
 * pass per cue, for skipping text that holds none of them. It may say yes where no cue matches
 * (a group takes the loosest flags of its cues), never no where one does: use it only to skip.
 */
export function anyCue(cues: readonly RegExp[]): (text: string) => boolean {
  // a back-reference would point at another cue's group once they are joined: never skip
  if (cues.some((r) => /\\[1-9]|\\k</.test(r.source))) return () => true;
  // Unicode and non-Unicode cues are joined apart: a source means something else in the other mode,
  // and joining plain cues under 'u' with 'i' makes V8 match several times slower than one by one.
  const groups = [cues.filter((r) => !r.unicode), cues.filter((r) => r.unicode)].filter((g) => g.length > 0);
  const joined = groups.map((group) => {
    const has = (f: string) => group.some((r) => r.flags.includes(f));
    // case-insensitive, multi-line and dot-all only widen what a cue matches
    const flags = `${has('i') ? 'i' : ''}${has('m') ? 'm' : ''}${has('s') ? 's' : ''}${group[0]!.unicode ? 'u' : ''}`;
    // named groups would clash between cues; lookbehinds ("(?<=", "(?<!") stay as they are
    return new RegExp(group.map((r) => `(?:${r.source.replace(/\(\?<([A-Za-z_$][\w$]*)>/g, '(?:')})`).join('|'), flags);
  });
  return (text) => joined.some((re) => re.test(text));
}
