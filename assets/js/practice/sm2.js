// SM-2, the SuperMemo 2 algorithm as published by P. A. Wozniak, "Optimization of learning" (1990), section 3.2,
// http://super-memory.com/english/ol/sm2.htm — no other variant:
//   I(1) = 1 day, I(2) = 6 days, I(n) = I(n-1) * EF for n > 2, a fractional interval rounded up;
//   EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), EF never below 1.3, a new item starts at EF 2.5;
//   a grade q < 3 starts the repetitions again from I(1) without changing EF (n back to 0, next review in 1 day);
//   within a day's session, items graded below 4 are repeated until they score at least 4 (see needsRepeat).
// The reader rates with four buttons; they map to SM-2 grades: Again 1, Hard 3, Good 4, Easy 5.

export const RATINGS = ['again', 'hard', 'good', 'easy'];
export const QUALITY = { again: 1, hard: 3, good: 4, easy: 5 };
export const INITIAL_EF = 2.5;
export const MIN_EF = 1.3;

/** A card never reviewed: repetition count n = 0, EF 2.5, no interval. */
export function newCard() {
  return { n: 0, ef: INITIAL_EF, interval: 0 };
}

/** The SM-2 E-Factor after a response of quality q (0–5), rounded to 1e-6 against float drift. */
export function nextEF(ef, q) {
  const next = ef + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
  return Math.max(MIN_EF, Math.round(next * 1e6) / 1e6);
}

/**
 * One repetition: takes {n, ef, interval} (n = successful repetitions in a row) and a quality q (0–5), returns the new {n, ef, interval}
 * (interval in whole days). The interval of repetition n uses the E-Factor the item had before this response.
 */
export function review(card, q) {
  if (!Number.isInteger(q) || q < 0 || q > 5) throw new RangeError('quality must be 0–5, not ' + q);
  const c = card || newCard();
  if (q < 3) return { n: 0, ef: c.ef, interval: 1 };
  const interval = c.n === 0 ? 1 : c.n === 1 ? 6 : Math.ceil(c.interval * c.ef);
  return { n: c.n + 1, ef: nextEF(c.ef, q), interval };
}

/** SM-2's same-day rule: a response below 4 brings the card back later in the same session. */
export function needsRepeat(q) {
  return q < 4;
}

/** Local calendar day 'YYYY-MM-DD' of a time in ms. */
export function dayOf(ms) {
  const d = new Date(ms);
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}

/** 'YYYY-MM-DD' plus a number of days (calendar arithmetic in UTC, so no daylight-saving surprises). */
export function addDays(day, days) {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.getUTCFullYear() + '-' + String(t.getUTCMonth() + 1).padStart(2, '0') + '-' + String(t.getUTCDate()).padStart(2, '0');
}

/** Rates a stored card on a day: returns the stored card with its new SM-2 values, due day and counters. */
export function rate(stored, rating, today) {
  const q = QUALITY[rating];
  if (q === undefined) throw new RangeError('unknown rating ' + rating);
  const s = stored || {};
  const next = review(s.n === undefined ? newCard() : { n: s.n, ef: s.ef, interval: s.interval }, q);
  return Object.assign({}, s, next, {
    due: addDays(today, next.interval),
    last: today,
    reviews: (s.reviews || 0) + 1,
    lapses: (s.lapses || 0) + (q < 3 ? 1 : 0)
  });
}

/** Is a stored card due on a day ('YYYY-MM-DD' compares as text)? */
export function isDue(stored, today) {
  return !!stored && typeof stored.due === 'string' && stored.due <= today;
}
