import { z } from 'zod';

/** The part of `localStorage` the answers use, so that tests can hand in their own. */
export type AnswerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const WORKSHEET_PREFIX = 'kz-worksheet:';
/** Far more than a student writes in one box; longer is cut, so that one box cannot fill storage. */
export const MAX_ANSWER_CHARACTERS = 20_000;

/** The name, class and date at the top, then one answer per step and per question. */
export type AnswerField = 'name' | 'class' | 'date' | `step:${string}` | `question:${number}`;

const StoredAnswers = z.record(z.string(), z.string());

/** What a stored entry holds, or nothing where it is missing or was not written by this page. */
export function readAnswers(raw: string | null): Record<string, string> {
	if (!raw) return {};
	try {
		const parsed = StoredAnswers.safeParse(JSON.parse(raw));
		return parsed.success ? parsed.data : {};
	} catch {
		return {};
	}
}

/**
 * A student's answers to one lesson's worksheet, kept in this browser as they type. Where the
 * browser keeps nothing (storage blocked in a frame or a private window, or full), `kept` turns
 * false and the answers stay in the page for as long as it is open.
 */
export class WorksheetAnswers {
	values: Record<string, string> = $state({});
	/** Whether what is typed is kept in this browser. */
	kept = $state(true);
	readonly #key: string;
	readonly #storage: AnswerStorage | null;

	/** `lessonKey` names the lesson: a preset's id, or a built lesson's link. */
	constructor(lessonKey: string, storage: AnswerStorage | null) {
		this.#key = WORKSHEET_PREFIX + lessonKey;
		this.#storage = storage;
		this.values = readAnswers(this.#read());
		this.kept = this.#canKeep();
	}

	get(field: AnswerField): string {
		return this.values[field] ?? '';
	}

	set(field: AnswerField, value: string) {
		this.values[field] = value.slice(0, MAX_ANSWER_CHARACTERS);
		this.kept = this.#write();
	}

	/** Whether anything has been written. */
	get empty(): boolean {
		return Object.values(this.values).every((value) => value.trim() === '');
	}

	/** Forgets every answer, here and in storage: for a computer the next student will use. */
	clear() {
		this.values = {};
		try {
			this.#storage?.removeItem(this.#key);
		} catch {
			// Nothing was kept to remove.
		}
	}

	#read(): string | null {
		try {
			return this.#storage?.getItem(this.#key) ?? null;
		} catch {
			return null;
		}
	}

	/** Whether the browser takes a write: one that reads but will not write keeps nothing. */
	#canKeep(): boolean {
		if (!this.#storage) return false;
		try {
			this.#storage.setItem(this.#key, JSON.stringify(this.values));
			return this.#write();
		} catch {
			return false;
		}
	}

	/** Writes the answers; false where the browser would not keep them. */
	#write(): boolean {
		if (!this.#storage) return false;
		try {
			if (this.empty) this.#storage.removeItem(this.#key);
			else this.#storage.setItem(this.#key, JSON.stringify(this.values));
			return true;
		} catch {
			return false;
		}
	}
}
