/**
 * Lines of web-page furniture that are not part of a release's body. A trailer cue ends the body:
 * it and everything after it are left out. A line cue is dropped where it stands.
 * Each pattern is anchored and matched against one trimmed line.
 */
export const TRAILER_CUES: readonly RegExp[] = [
  /^more (?:news|stories|articles|news articles|press releases)\b/i,
  /^(?:related|recent|latest|popular) (?:posts?|news|articles?|stories)\b/i,
  // a heading over a list of other pages or events: "Related", "Related Meetings", "More events", "You may also like"
  // (a heading alone on its line: the list under it names other events, not this release's)
  /^(?:related|see also|you (?:may|might) also (?:like|be interested in)|read also|also read)\s*:?$/i,
  /^(?:related|more|other|similar|upcoming|past) (?:events|meetings|releases|press releases|stories|items|links|reading|coverage|content|webinars)\s*:?$/i,
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
  // a wire release's closing sections: contacts, end marks (the publisher's profile: ABOUT_LINE)
  /^(?:media|press|news) (?:contacts?|enquiries|inquiries)\b/i,
  /^(?:for (?:more|further) information|contacts?)\s*:?$/i,
  /^notes? (?:to|for) (?:the )?editors?\b/i,
  /^(?:###|-30-|-?\s?ends\s?-?|\*\*\*)$/i,
];

export const LINE_CUES: readonly RegExp[] = [
  /^skip to (?:main )?content$/i,
  // breadcrumbs: "Home > News > Parks and open spaces", "Home / Media / Press releases"
  /^home\s?[>›»\/|]/i,
  /^advertisement$/i,
  /^(?:home|menu|search|navigation)$/i,
  /^(?:print|email|share|tweet|facebook|twitter|linkedin|whatsapp|x|instagram|telegram|reddit|copy link)(?:\s*[|/·•]\s*(?:print|email|share|tweet|facebook|twitter|linkedin|whatsapp|x|instagram|telegram|reddit|copy link))*$/i,
  /^(?:accept|reject|decline|manage preferences|cookie settings)(?:\s*[|/·•]\s*(?:accept|reject|decline|manage preferences|cookie settings))*$/i,
];

/**
 * "About Brightlane Learning": the publisher's profile at the end of a wire release, which ends the body.
 * Not "About the Summit", "About the speakers" (ABOUT_EVENT_WORDS), which describe the event.
 */
export const ABOUT_LINE = /^About (?:the )?\p{Lu}[\p{L}\p{M}&’'., -]{1,80}$/u;
export const ABOUT_EVENT_WORDS = /\b(?:events?|summit|conference|workshop|forum|meeting|dialogue|programme|program|festival|expo|exhibition|webinar|training|course|awards?|series|speakers?|panel|sessions?|agenda|week|day|campaign|competition|challenge)\b/i;
