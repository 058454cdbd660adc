/** The one object that carries the input, the reference date and the options through the pipeline. */
import { isValid, parseISO } from 'date-fns';
import type { Document } from './document.js';

export interface ExtractOptions {
  /** Reference for year-less and relative dates when the text has no publication date. */
  referenceDate?: Date | string;
  /** Sees each recogniser's mentions and the state after each resolver, for explaining results. */
  debug?: (stage: string, items: readonly unknown[]) => void;
  /** Inputs longer than this (UTF-16 code units) are cut, with a warning. Default 1,000,000. */
  maxLength?: number;
}

export interface Context {
  readonly doc: Document;
  /** The publication date, else `options.referenceDate`, else null (then year-less dates stay `--MM-DD`). */
  readonly referenceDate: Date | null;
  readonly options: Readonly<ExtractOptions>;
  /** Warnings for the record; any stage may add one. */
  readonly warnings: string[];
}

export function createContext(doc: Document, options: ExtractOptions, warnings: string[]): Context {
  let referenceDate: Date | null = null;
  if (doc.published) {
    const { year, month, day } = doc.published.date;
    referenceDate = new Date(year, month - 1, day);
    // "date 2022-12-17 ... New Delhi, December 16": the dateline says the day the story was written, "today" is that day
    const line = doc.datelineDay;
    if (line) {
      const written = new Date(year, line.month - 1, line.day);
      const back = (referenceDate.getTime() - written.getTime()) / 86_400_000;
      if (back > 0 && back <= 7) referenceDate = written;
    }
  } else if (options.referenceDate !== undefined) {
    const given = typeof options.referenceDate === 'string' ? parseISO(options.referenceDate) : options.referenceDate;
    if (given instanceof Date && isValid(given) && given.getFullYear() >= 1000 && given.getFullYear() <= 9999) referenceDate = given;
    // The record's dates are YYYY-MM-DD: a reference outside four-digit years could not be written.
    else if (given instanceof Date && isValid(given)) warnings.push(`referenceDate option ${given.toISOString()} is outside the years 1000-9999; ignored`);
    else warnings.push(`referenceDate option ${JSON.stringify(String(options.referenceDate))} is not a valid date; ignored`);
  }
  return { doc, referenceDate, options, warnings };
}
