// The gazetteer: every known surface form of every known actor, indexed by its folded key,
// built from the data files (countries, organizations, people) and a user's aliases file.
import type { ActorType } from '../types.js';
import { foldKey, slugify } from '../nlp/shadow.js';

/** How a surface form designates its actor; `people`: a demonym as a noun ("the Americans", "Afghans"). */
export type FormKind = 'name' | 'demonym' | 'capital' | 'body' | 'people';

/** One known actor. */
export interface KnownActor {
  key: string;
  name: string;
  type: ActorType;
  iso3?: string;
  /**
   * CAMEO actor code of an organization or armed group (organizations.json `code`): the ISO3 code of
   * the one state it belongs to or operates in, or an international root code (IGO, NGO, IMG, …).
   */
  code?: string;
  /** Node key of the state or organization a person serves (people), or owner state (media). */
  affiliation?: string;
  /**
   * Node key of the state whose non-state sector a generic actor is ("Syrian rebels" → syria; see
   * the genericActors option): the country an event coder codes it by.
   */
  country?: string;
  role?: string;
  /** News agencies and monitors: actors only when they act in the story. */
  media?: boolean;
  /** Node key of the state leading a coalition ("U.S.-led coalition" → united-states). */
  ledBy?: string;
  /** Common nouns that refer back to it ("the alliance" → NATO, "the bloc" → the EU). */
  refs?: string[];
}

/** One surface form of a known actor. */
export interface GazetteerForm {
  actor: KnownActor;
  kind: FormKind;
  /** The form as written in the data file. */
  surface: string;
  /** Acronyms and listed forms match only with exactly this case. */
  caseSensitive: boolean;
}

/** Surface forms by folded key; a key can name several actors only when data says so (checked). */
export class Gazetteer {
  readonly forms = new Map<string, GazetteerForm[]>();
  readonly actors = new Map<string, KnownActor>();
  /** Folded forms that are also person names or other places ("Jordan", "Chad", "Georgia"). */
  readonly ambiguous = new Set<string>();
  /** Longest form in words, to bound matching. */
  maxWords = 1;

  addActor(actor: KnownActor): KnownActor {
    const existing = this.actors.get(actor.key);
    if (existing) return existing;
    this.actors.set(actor.key, actor);
    return actor;
  }

  /**
   * Adds a surface form. Returns false (and adds nothing) when the same folded form already names
   * another actor with the same case-sensitivity: the first data source to claim a form keeps it.
   */
  addForm(actor: KnownActor, surface: string, kind: FormKind, caseSensitive?: boolean): boolean {
    const trimmed = surface.trim();
    if (!trimmed) return false;
    const key = foldKey(trimmed);
    const cs = caseSensitive ?? isAcronym(trimmed);
    const list = this.forms.get(key);
    if (list) {
      for (const f of list) {
        if (f.actor.key === actor.key && f.kind === kind && f.caseSensitive === cs && (!cs || f.surface === trimmed)) return true;
        if (f.actor.key !== actor.key && (!cs || !f.caseSensitive || f.surface === trimmed)) return false;
      }
      list.push({ actor, kind, surface: trimmed, caseSensitive: cs });
    } else {
      this.forms.set(key, [{ actor, kind, surface: trimmed, caseSensitive: cs }]);
    }
    const words = trimmed.split(/[\s-]+/).length + (trimmed.match(/[-.'’]/g)?.length ?? 0);
    if (words > this.maxWords) this.maxWords = Math.min(words, 16);
    return true;
  }

  /** The forms matching `surface` (folded), honouring case-sensitive forms. */
  lookup(surface: string, folded = foldKey(surface)): GazetteerForm | undefined {
    const list = this.forms.get(folded);
    if (!list) return undefined;
    for (const f of list) {
      if (!f.caseSensitive) return f;
      // (The form as written is the common match, and needs no case test: the text has its case.
      // Without a period in either, the two without periods are the two as written.)
      if (f.surface === surface) return f;
      if ((f.surface.includes('.') || surface.includes('.')) && f.surface.replace(/\./g, '') === surface.replace(/\./g, '')) {
        // "U.S." and "US" are written both ways; a case-sensitive form still needs its case.
        if (f.surface.toUpperCase() === f.surface && surface.toUpperCase() !== surface) continue;
        return f;
      }
    }
    return undefined;
  }

  /**
   * `lookup` of the span [start, end) of `text`, whose folded key is known: the span is cut out of
   * the text only when the first form is case-sensitive (it is asked at every key a name could
   * have, and most forms are not).
   */
  lookupSpan(text: string, start: number, end: number, folded: string): GazetteerForm | undefined {
    const list = this.forms.get(folded);
    if (!list) return undefined;
    return this.lookupSpanIn(list, text, start, end, folded);
  }

  /** `lookupSpan` where the caller holds the key's forms (`list`: `forms.get(folded)`). */
  lookupSpanIn(list: GazetteerForm[], text: string, start: number, end: number, folded: string): GazetteerForm | undefined {
    if (!list[0]!.caseSensitive) return list[0];
    return this.lookup(text.slice(start, end), folded);
  }

  byKey(key: string): KnownActor | undefined {
    return this.actors.get(key);
  }
}

/** Acronyms ("UN", "U.S.", "ISIL") match case-sensitively: lower-case "us" or "is" are words. */
export function isAcronym(s: string): boolean {
  const letters = s.replace(/[.\-\s]/g, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && /[A-Z]/.test(letters);
}

export { slugify };
