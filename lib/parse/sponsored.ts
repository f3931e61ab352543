import { CAPS } from '../contracts/caps';

// Captions are capped at 2 200 characters and descriptions at 5 000; this bounds the regex work.
const MAX_SCAN = 10_000;

/**
 * Hashtags that on their own disclose a paid partnership, lower case and without accents (compared
 * after removing diacritics, so "#Sponsorisé" and "#sponsorise" are the same). By language: en, de,
 * es, pt, fr, it, nl, pl/cs, ru/uk, tr, id, sv/da/no, fi, ja, ko, zh, ar, hi.
 */
export const STRONG_TAG_LIST =
  'ad ads advert advertisement advertising sponsored sponsor sponsoredpost sponsoredcontent paidpartnership ' +
  'paidpartner paidad paidpost paidcontent brandpartner brandedcontent ' +
  'anzeige werbung bezahltewerbung bezahltepartnerschaft ' +
  'publicidad publi patrocinado patrocinada patrocinio anuncio colaboracionpagada ' +
  'publicidade parceriapaga ' +
  'sponsorise sponsorisee publicite partenariatremunere collaborationcommerciale ' +
  'adv pubblicita sponsorizzato sponsorizzata inserzioneapagamento ' +
  'advertentie gesponsord betaaldesamenwerking spon ' +
  'reklama wspolpracareklamowa sponsorowane ' +
  'реклама спонсор ' +
  'reklam sponsorlu ' +
  'iklan bersponsor ' +
  'annonse annons reklame sponsoreret kaupallinenyhteistyo mainos ' +
  '広告 pr案件 プロモーション タイアップ 광고 유료광고 협찬 广告 推广 赞助 إعلان اعلان विज्ञापन';

/**
 * Tags that often mean a paid post but just as often not: #collab (two creators), #partner (a life
 * partner), #pr (a personal record, Puerto Rico; but the standard disclosure in Japan), #pub (French
 * "publicité", English "pub"), #gifted (a free product, not a paid post), and "collaboration" in other
 * languages (#samenwerking, #collaborazione, #samarbete, #işbirliği, #партнерство…). They only
 * count together with an @mention in the same caption, which a brand deal almost always has; a
 * fitness "#pr @gym" will still be flagged, which the report presents as a signal, not a fact.
 */
export const WEAK_TAG_LIST =
  'collab collaboration partner partnership pr pub gifted giftedby prsample partenariat samenwerking ' +
  'collaborazione colaboracion colaboracao wspolpraca samarbete samarbeid isbirligi партнерство';

interface DisclosureTags {
  strong: Set<string>;
  weak: Set<string>;
  /** Every tag, strong or weak, by its first character. */
  byFirst: Record<string, string[] | undefined>;
}

let tagSets: DisclosureTags | null = null;

/**
 * Keyed on the first caption with a hashtag, not when the module loads: every content script of a
 * platform carries this module and runs on all of its pages, most of which never read a caption.
 */
function disclosureTags(): DisclosureTags {
  if (tagSets) return tagSets;
  // The lists are written in key form (the test checks): keying them again here cost the page ~1 ms.
  const strong = new Set(STRONG_TAG_LIST.split(' '));
  const weak = new Set(WEAK_TAG_LIST.split(' '));
  const byFirst: DisclosureTags['byFirst'] = {};
  for (const tag of [...strong, ...weak]) (byFirst[tag[0]!] ??= []).push(tag);
  tagSets = { strong, weak, byFirst };
  return tagSets;
}

// Platform labels and the sentences creators write; "not sponsored by", "isn't sponsored by" and
// friends are excluded (a real YouTube description: "this video isn't sponsored by SEGA", fixture
// youtube/2026-01_browse-videos_en-GB_pageHeader_unverified-small-channel.json).
const LABEL = new RegExp(
  "(?<!\\b(?:not|non|no|nicht|pas|sin|sem|niet|nie)\\s)(?<!n['’]t\\s)(?:" +
    [
      'paid partnership',
      'includes paid promotion',
      'sponsored by',
      'bezahlte partnerschaft',
      'gesponsert von',
      'enthält bezahlte werbung',
      'unterstützt durch produktplatzierung',
      'partenariat rémunéré',
      'sponsorisé par',
      'contient une communication commerciale',
      'colaboración pagada',
      'patrocinado por',
      'incluye promoción pagada',
      'parceria paga',
      'inclui promoção paga',
      'partnership retribuita',
      'sponsorizzato da',
      'betaalde samenwerking',
      'płatna współpraca',
      'ücretli ortaklık',
      'kemitraan berbayar',
      'платное партнерство',
      'タイアップ投稿',
      '유료 광고 포함',
      '付费合作',
    ].join('|') +
    ')',
  'iu',
);

/** A hashtag as compared: lower case, diacritics removed ("#Sponsorisé" → "sponsorise", "#İşbirliği" → "isbirligi"). */
function tagKey(tag: string): string {
  return keyOf(unaccented(tag));
}

/** Text in canonical decomposition without its combining accents. */
const unaccented = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const keyOf = (plain: string) => plain.normalize('NFC').replace(/ı/g, 'i').replace(/ł/g, 'l').toLowerCase();

function hashtags(caption: string): string[] {
  // Most titles have none: skipping the Unicode pattern then spares the page its compilation and scan.
  if (!/[#＃]/.test(caption)) return [];
  // A hashtag starts after a space, a bracket or the start of the text ("bob#ad" is not one).
  return [...caption.matchAll(/(?<![\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]{1,60})/gu)].map((m) => tagKey(m[1] ?? ''));
}

/**
 * The disclosures a caption carries, for the "why" view: hashtags as written in the key form
 * ("#ad", "#anzeige"), weak tags only with an @mention ("#collab"), and labels ("paid partnership").
 */
export function disclosures(caption: string): string[] {
  if (typeof caption !== 'string') return [];
  const text = caption.slice(0, MAX_SCAN);
  const tags = hashtags(text);
  const hasMention = mentions(text).length > 0;
  const { strong, weak } = disclosureTags();
  const found = tags.filter((tag) => strong.has(tag) || (hasMention && weak.has(tag))).map((tag) => `#${tag}`);
  const label = LABEL.exec(text)?.[0];
  if (label) found.push(label.toLowerCase());
  return [...new Set(found)];
}

/** Combining accents a run may lose before its key could be a tag cut short at 60 characters (see mayHoldTag). */
const MANY_ACCENTS = 30;

/**
 * Whether `text` may hold a disclosure hashtag, told without the hashtag pattern: a hashtag whose
 * key is a tag makes the key of the whole text contain "#" and the tag, followed by the end or by
 * anything but a Latin letter, digit or "_" (which would have continued the hashtag). A tag followed
 * by many stripped accents (a run cut at 60 characters) is left to the pattern.
 */
function mayHoldTag(text: string): boolean {
  if (!/[#＃]/.test(text)) return false;
  const plain = unaccented(text.replace(/＃/g, '#'));
  if (text.normalize('NFD').length - plain.length >= MANY_ACCENTS) return true;
  const key = keyOf(plain);
  const { byFirst } = disclosureTags();
  for (let at = key.indexOf('#'); at >= 0; at = key.indexOf('#', at + 1)) {
    // One character: no key of Object.prototype.
    for (const tag of byFirst[key.charAt(at + 1)] ?? []) {
      if (key.startsWith(tag, at + 1) && !/[a-z\d_]/.test(key.charAt(at + 1 + tag.length))) return true;
    }
  }
  return false;
}

/**
 * Whether a caption discloses a paid partnership (#ad, #sponsored, #anzeige, #publicidad, "Paid
 * partnership"…). The content scripts ask this of every post, and nearly every TikTok caption has
 * hashtags, few of them disclosures: matching the hashtag pattern and keying each hashtag was
 * 11-12 ms of a TikTok profile's ~75 ms in our scripts (CPU profile, load 9-11); a caption that
 * cannot hold a tag is let go by one key of the caption and a few string comparisons (4 ms).
 */
export function hasDisclosure(caption: string): boolean {
  if (typeof caption !== 'string') return false;
  const text = caption.slice(0, MAX_SCAN);
  return LABEL.test(text) || (mayHoldTag(text) && disclosures(caption).length > 0);
}

// Handles on the four platforms: letters, digits, "_" and "." (Instagram, TikTok), "-" (YouTube);
// at most 30 characters. An "@" inside a word is an e-mail address, not a mention.
const MENTION = /(?<![\p{L}\p{N}_.+-])[@＠]([a-z\d_](?:[a-z\d_.-]{0,28}[a-z\d_])?)(?![a-z\d_]|[.-][a-z\d_])/giu;

/** @mentions in a caption, lower-case, without the @, de-duplicated, capped. */
export function mentions(caption: string): string[] {
  if (typeof caption !== 'string') return [];
  if (!/[@＠]/.test(caption)) return [];
  const found: string[] = [];
  for (const m of caption.slice(0, MAX_SCAN).matchAll(MENTION)) {
    const handle = (m[1] ?? '').toLowerCase();
    if (handle.length >= 2 && !found.includes(handle)) found.push(handle);
    if (found.length === CAPS.listItems) break;
  }
  return found;
}

/** @mentions other than the creator's own handle (creators tag themselves in collab posts and reposts). */
export function brandMentions(caption: string, ownHandle: string): string[] {
  const own = ownHandle.replace(/^[@＠]/, '').toLowerCase();
  return mentions(caption).filter((handle) => handle !== own);
}
