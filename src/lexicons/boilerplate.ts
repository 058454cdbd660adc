/**
 * Lines of web-page furniture that are not part of a release's body. A trailer cue ends the body:
 * it and everything after it are left out. A line cue is dropped where it stands.
 * Each pattern is anchored and matched against one trimmed line.
 */
export const TRAILER_CUES: readonly RegExp[] = [
  /^more (?:news|stories|articles|news articles|press releases)\b/i,
  /^(?:related|recent|latest|popular) (?:posts?|news|articles?|stories)\b/i,
  /^share (?:this|on|via)\b/i,
  /^we are iso certified\b/i,
  /^comments? (?:are|is) closed\b/i,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment)\b/i,
  /^photo gallery$/i,
  /^read (?:next|more|the next) (?:page|article|story|post)\b/i,
  /^(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|mailing list|updates)\b/i,
  /^(?:this (?:website|site) uses cookies|we use cookies)\b/i,
  /^(?:tags|categories|filed under)\s*:/i,
  /^(?:follow us|connect with us|find us) on\b/i,
  /^(?:back to top|previous post|next post|print this page|print)$/i,
  /^copyright\b|^©/i,
  /^all rights reserved\b/i,
];

export const LINE_CUES: readonly RegExp[] = [
  /^skip to (?:main )?content$/i,
  /^advertisement$/i,
  /^(?:home|menu|search|navigation)$/i,
  /^(?:print|email|share|tweet|facebook|twitter|linkedin|whatsapp)(?:\s*[|/·•]\s*(?:print|email|share|tweet|facebook|twitter|linkedin|whatsapp))*$/i,
];
